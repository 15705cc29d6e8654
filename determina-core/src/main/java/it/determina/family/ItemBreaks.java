package it.determina.family;

import it.determina.layout.TextLine;
import it.determina.layout.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a list printed one item per line, without markers, starts its items. A line continues the item
 * above it when that line ends on a word no item ends with ("il", "di", a comma, an open parenthesis),
 * or when it starts in lower case in a list whose items start in upper case. Otherwise it starts a new
 * item when the line above ended early enough for its first word to have fitted there, or when the
 * geometry cannot tell (an item that happens to end near the margin).
 */
public final class ItemBreaks {

    /** Tolerance (points) when a word just fits. */
    private static final double SLACK = 1.0;
    /** Words an item never ends with: articles, prepositions, conjunctions. */
    static final Set<String> DANGLING = Set.of("e", "ed", "o", "od", "di", "del", "dello", "della", "dei", "degli",
            "delle", "dell", "a", "al", "allo", "alla", "ai", "agli", "alle", "all", "da", "dal", "dalla", "dai",
            "dalle", "in", "nel", "nella", "nei", "negli", "nelle", "nell", "con", "per", "su", "sul", "sulla", "sui",
            "tra", "fra", "il", "lo", "la", "i", "gli", "le", "l", "un", "uno", "una", "che", "non", "anche", "come");
    // "servizi offerti, service" ends on a word; "(servizi offerti," on a comma; "(es." is not an end
    static final Pattern OPEN_END = Pattern.compile("[,(/\\-–]$|\\([^)]*$");

    private ItemBreaks() {
    }

    /** For each line, whether it starts an item; {@code right} is the column's inner right edge. */
    public static List<Boolean> of(List<TextLine> lines, double right) {
        double space = spaceWidth(lines);
        boolean upperList = !lines.isEmpty() && Character.isUpperCase(firstChar(lines.get(0)));
        List<Boolean> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            starts.add(i == 0 || startsItem(lines.get(i - 1), lines.get(i), right, space, upperList));
        }
        return starts;
    }

    private static boolean startsItem(TextLine prev, TextLine cur, double right, double space, boolean upperList) {
        String last = prev.words().get(prev.words().size() - 1).text();
        if (DANGLING.contains(last.toLowerCase(Locale.ROOT).replaceAll("[’']$", "")) || OPEN_END.matcher(prev.text()).find()) {
            return false;
        }
        char first = firstChar(cur);
        if (upperList && Character.isLetter(first)) {
            return Character.isUpperCase(first);
        }
        Word word = cur.words().get(0);
        boolean fits = prev.x1() + space + (word.x1() - word.x0()) <= right + SLACK;
        return fits || Character.isLetter(first);
    }

    private static char firstChar(TextLine line) {
        String t = line.text().trim();
        return t.isEmpty() ? ' ' : t.charAt(0);
    }

    /** The median gap between words on the lines; a quarter of the text height when there is none. */
    static double spaceWidth(List<TextLine> lines) {
        List<Double> gaps = new ArrayList<>();
        for (TextLine l : lines) {
            for (int i = 1; i < l.words().size(); i++) {
                gaps.add(l.words().get(i).x0() - l.words().get(i - 1).x1());
            }
        }
        if (gaps.isEmpty()) {
            return lines.isEmpty() ? 0 : 0.25 * (lines.get(0).bottom() - lines.get(0).top());
        }
        gaps.sort(Double::compare);
        return gaps.get(gaps.size() / 2);
    }
}
