package it.determina.family;

import it.determina.model.BoundingBox;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads an EQF level cell ("3", "Livello 4", "EQF 5", "Gruppo-livello B - EQF 3"); an empty or non-numeric cell is evidence of a missing value. */
public final class EqfValue {

    // "3", "Livello 3", "EQF 3", "III" is not read
    static final Pattern LEVEL = Pattern.compile("^(?:livello\\s*|eqf\\s*)*([1-8])\\b", Pattern.CASE_INSENSITIVE);

    // "Gruppo-livello B - EQF 3": the level named after other words
    static final Pattern NAMED_LEVEL = Pattern.compile("\\bEQF\\s*:?\\s*([1-8])\\b", Pattern.CASE_INSENSITIVE);

    private EqfValue() {
    }

    public static @Nullable Integer read(String value, String pointer, Entry e, Evidence.Builder evidence) {
        return read(value, pointer, e.box(), evidence);
    }

    /** The level {@code value} states, printed at {@code box}; null (and evidence of a missing value) when none. */
    public static @Nullable Integer read(String value, String pointer, BoundingBox box, Evidence.Builder evidence) {
        Matcher m = LEVEL.matcher(value.trim());
        if (m.find() || (m = NAMED_LEVEL.matcher(value)).find()) {
            evidence.at(pointer, box);
            return Integer.parseInt(m.group(1));
        }
        evidence.missing(pointer, "Livello EQF", value, box);
        return null;
    }
}
