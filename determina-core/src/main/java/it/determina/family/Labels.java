package it.determina.family;

import it.determina.normalize.TextCleaner;
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
        return TextCleaner.comparable(TextCleaner.unaccented(label));
    }

    /** True when the comparable form of {@code label} starts with a match of {@code pattern}. */
    public static boolean is(String label, Pattern pattern) {
        return pattern.matcher(key(label)).lookingAt();
    }
}
