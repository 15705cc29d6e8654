package it.determina.family;

import it.determina.normalize.Figures;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the attendance needed for the final exam from running prose. */
public final class AttendanceReader {

    // "frequenza di almeno l'80% delle ore complessive", "frequenza di almeno il 70% ... previo parere"
    static final Pattern MIN_ATTENDANCE = Pattern.compile(
            "(?i)frequenza\\s+(?:di\\s+)?(?:almeno|minima|non inferiore)\\s+(?:a[ l]?\\s*|al\\s+|l['’]\\s*|il\\s+|del\\s+)?(\\d{1,3}(?:,\\d+)?)" + Figures.ANY_MARK + "?\\s*%");

    private AttendanceReader() {
    }

    /** The attendance percentages stated in {@code text}, in order (the second is the one with approval). */
    public static List<Number> minimums(String text) {
        List<Number> out = new ArrayList<>();
        Matcher m = MIN_ATTENDANCE.matcher(text);
        while (m.find()) {
            out.add(Figures.toNumber(m.group(1)));
        }
        return out;
    }
}
