package it.determina.family;

import it.determina.normalize.TextCleaner;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Label matching on the comparable form of a label: lower case, unaccented letters and digits only, so that
 * "Percentuale durata massima e- learning" and "Percentuale durata massima e-learning" are one label.
 */
public final class Labels {

    private Labels() {
    }

    /** The comparable form, accents removed too: "Unità" and "Unita'" are one label. */
    public static String key(String label) {
        String bare = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return TextCleaner.comparable(bare);
    }

    /** True when the comparable form of {@code label} starts with a match of {@code pattern}. */
    public static boolean is(String label, Pattern pattern) {
        return pattern.matcher(key(label)).lookingAt();
    }
}
