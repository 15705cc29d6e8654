package it.determina.normalize;

import it.determina.model.Credit;
import it.determina.model.CreditRecognition;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Classifies a unit's "Crediti formativi" cell. Robust to the typos of published acts ("Amnesso",
 * "Ammmesso"): a word within two edits of "ammesso" counts as "ammesso".
 */
public final class CreditClassifier {

    // "Credito di frequenza con valore a priori"
    static final Pattern PRIOR_VALUE = Pattern.compile("valore\\s+a\\s+priori", Pattern.CASE_INSENSITIVE);
    // "Escluso il riconoscimento", "Nessun credito" : a refusal that needs no "ammesso"
    static final Pattern REFUSAL = Pattern.compile("^(escluso|esclusa|nessun|non previsto|non consentito)\\b",
            Pattern.CASE_INSENSITIVE);
    static final Pattern WORDS = Pattern.compile("[^\\p{L}]+");

    private CreditClassifier() {
    }

    /** The credit rule of {@code text}, or null when the cell is empty. */
    public static @Nullable Credit classify(@Nullable String text) {
        String clean = text == null ? "" : TextCleaner.collapse(text);
        if (clean.isEmpty()) {
            return null;
        }
        String first = firstClause(clean);
        if (REFUSAL.matcher(first).find() || isDenied(first)) {
            return new Credit(CreditRecognition.NOT_ALLOWED, false, clean);
        }
        if (PRIOR_VALUE.matcher(clean).find()) {
            return new Credit(CreditRecognition.ALLOWED_WITH_PRIOR_VALUE, true, clean);
        }
        if (mentionsAdmission(clean)) {
            return new Credit(CreditRecognition.ALLOWED, false, clean);
        }
        return new Credit(CreditRecognition.UNKNOWN, false, clean);
    }

    private static String firstClause(String text) {
        int dot = text.indexOf(". ");
        return dot < 0 ? text : text.substring(0, dot);
    }

    /** "Non ammesso ...", "non è ammesso ...": a negation right before the admission word. */
    private static boolean isDenied(String text) {
        String[] words = WORDS.split(text.toLowerCase(Locale.ROOT));
        for (int i = 0; i < words.length; i++) {
            if (isAdmission(words[i])) {
                for (int back = i - 1; back >= 0 && back >= i - 2; back--) {
                    if (words[back].equals("non")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isAdmission(String w) {
        return w.length() >= 5 && (near(w, "ammesso") || near(w, "ammessa") || near(w, "consentito")
                || near(w, "riconosciuto"));
    }

    private static boolean mentionsAdmission(String text) {
        for (String w : WORDS.split(text.toLowerCase(Locale.ROOT))) {
            if (w.length() >= 5 && (near(w, "ammesso") || near(w, "ammessa") || near(w, "riconosciuto")
                    || near(w, "riconoscimento"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(String a, String b) {
        return a.charAt(0) == b.charAt(0) && distance(a, b) <= 2;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
