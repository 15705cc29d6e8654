package it.determina.normalize;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Parses hours and percentages as printed in Italian standards. Pure functions. */
public final class Figures {

    // "--", "—", "-": the column is numeric and the cell says "none"
    static final Pattern DASHES = Pattern.compile("^[-–—]+$");
    // "Max 10", "max. 10 ore", "12 ore", "12", "12,5", "fino a 20 ore", "10 (max)", "20 h max"
    static final Pattern HOURS = Pattern.compile(
            "^(?:(?:max(?:imo)?\\.?|fino a|min(?:imo)?\\.?)\\s*:?\\s*)?(\\d{1,5}(?:[.,]\\d+)?)\\s*(?:ore|h|ore\\s*totali)?\\.?"
            + "\\s*(?:\\(?\\s*(?:max(?:imo)?|min(?:imo)?)\\.?\\s*\\)?)?$",
            Pattern.CASE_INSENSITIVE);
    // "40%", "40 %", "il 40%", "40"
    static final Pattern PERCENT = Pattern.compile(
            "^(?:(?:il|max(?:imo)?\\.?|fino al)\\s*)?(-?\\d{1,5}(?:[.,]\\d+)?)\\s*%?$", Pattern.CASE_INSENSITIVE);

    private Figures() {
    }

    /** Reads an hours cell: "Max 10" is 10, "--" is 0, "" is empty, "circa" is not a number. */
    public static Reading parseHours(@Nullable String text) {
        return parse(text, HOURS);
    }

    /** Reads a percentage cell: "40%" and "40" are 40. */
    public static Reading parsePercent(@Nullable String text) {
        return parse(text, PERCENT);
    }

    private static Reading parse(@Nullable String text, Pattern pattern) {
        String raw = text == null ? "" : TextCleaner.collapse(text);
        if (raw.isEmpty()) {
            return Reading.empty(raw);
        }
        if (DASHES.matcher(raw).matches()) {
            return new Reading(Reading.Status.VALUE, 0, raw);
        }
        Matcher m = pattern.matcher(raw);
        if (!m.matches()) {
            return new Reading(Reading.Status.NOT_A_NUMBER, null, raw);
        }
        return new Reading(Reading.Status.VALUE, toNumber(m.group(1)), raw);
    }

    /** "12" is the integer 12, "12,5" the decimal 12.5. */
    public static Number toNumber(String digits) {
        BigDecimal d = new BigDecimal(digits.replace(',', '.'));
        if (d.stripTrailingZeros().scale() <= 0) {
            return d.intValueExact();
        }
        return d.doubleValue();
    }

    /** The number captured by group 1 of the first match of {@code pattern} in {@code text}, or null. */
    public static @Nullable Number captured(String text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        return m.find() ? toNumber(m.group(1)) : null;
    }
}
