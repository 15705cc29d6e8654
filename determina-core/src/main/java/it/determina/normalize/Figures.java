package it.determina.normalize;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Parses hours and percentages as printed in Italian standards. Pure functions.
 *
 * <p>A figure may carry a footnote mark, which is not part of the number: "500⁽¹⁾", "500¹" (superscript
 * digits, as the layout layer gives a raised, smaller run printed after a figure, see
 * {@code it.determina.layout.Superscripts}), "500 (1)", "500(*)", "Max 10 (a)" (one digit, one letter or
 * up to three asterisks in brackets), "500*", "500 **" (asterisks), "500 ^1" (a caret and one or two digits),
 * right after the number or after its unit ("40%(2)", "12 ore (1)"). Anything else after the number is not a
 * mark: "500 1", "500 (12)", "500a" are not numbers (a mark printed at the figure's size and baseline cannot
 * be told from a digit, and a wrong figure is worse than a missing one); "5001" is 5001.
 */
public final class Figures {

    /**
     * A footnote mark after a figure, optionally spaced from it: superscript digits (or a bracketed
     * superscript number, letter or asterisks), a bracketed digit, letter or 1-3 asterisks, 1-3 asterisks,
     * or a caret and 1-2 digits. The group named "mark" holds it as printed, without the space before it.
     */
    public static final String MARK = markPattern("mark");
    /** {@link #MARK} without a capturing group, for patterns of running text ("150⁽¹⁾ ore"). */
    public static final String ANY_MARK = markPattern(null);

    /** The mark's pattern, its text captured by the group {@code name} (none when null). */
    private static String markPattern(@Nullable String name) {
        return "(?:\\s*(" + (name == null ? "?:" : "?<" + name + ">")
                + "[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}|⁽(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}|\\p{L}|\\*{1,3})⁾"
                + "|\\(\\s?(?:\\d|\\p{L}|\\*{1,3})\\s?\\)|\\*{1,3}|\\^\\s?\\d{1,2}))";
    }

    // "--", "—", "-": the column is numeric and the cell says "none"
    static final Pattern DASHES = Pattern.compile("^[-–—]+" + MARK + "?$");
    // "Max 10", "max. 10 ore", "12 ore", "12", "12,5", "fino a 20 ore", "10 (max)", "20 h max", each with a
    // footnote mark after the number or at the end ("500⁽¹⁾", "Max 10 (a)", "12 ore (1)")
    static final Pattern HOURS = Pattern.compile(
            "^(?:(?:max(?:imo)?\\.?|fino a|min(?:imo)?\\.?)\\s*:?\\s*)?(\\d{1,5}(?:[.,]\\d+)?)" + MARK + "?"
            + "\\s*(?:ore|h|ore\\s*totali)?\\.?"
            + "\\s*(?:\\(?\\s*(?:max(?:imo)?|min(?:imo)?)\\.?\\s*\\)?)?" + markPattern("end") + "?$",
            Pattern.CASE_INSENSITIVE);
    // "40%", "40 %", "il 40%", "40", each with a footnote mark after the number or the sign ("40%(2)", "15*")
    static final Pattern PERCENT = Pattern.compile(
            "^(?:(?:il|max(?:imo)?\\.?|fino al)\\s*)?(-?\\d{1,5}(?:[.,]\\d+)?)" + MARK + "?\\s*%?"
            + markPattern("end") + "?$", Pattern.CASE_INSENSITIVE);

    private Figures() {
    }

    /** Reads an hours cell: "Max 10" is 10, "500⁽¹⁾" is 500 marked "⁽¹⁾", "--" is 0, "" is empty, "circa" is not a number. */
    public static Reading parseHours(@Nullable String text) {
        return parse(text, HOURS);
    }

    /** Reads a percentage cell: "40%", "40" and "40%(2)" are 40. */
    public static Reading parsePercent(@Nullable String text) {
        return parse(text, PERCENT);
    }

    private static Reading parse(@Nullable String text, Pattern pattern) {
        String raw = text == null ? "" : TextCleaner.collapse(text);
        if (raw.isEmpty()) {
            return Reading.empty(raw);
        }
        Matcher dashes = DASHES.matcher(raw);
        if (dashes.matches()) {
            return new Reading(Reading.Status.VALUE, 0, raw, dashes.group("mark"));
        }
        Matcher m = pattern.matcher(raw);
        if (!m.matches()) {
            return new Reading(Reading.Status.NOT_A_NUMBER, null, raw);
        }
        return new Reading(Reading.Status.VALUE, toNumber(m.group(1)), raw, mark(m));
    }

    /** The marks a match holds, after the number and at the end, joined by a space; null when none. */
    private static @Nullable String mark(Matcher m) {
        String after = m.group("mark");
        String end = m.group("end");
        if (after == null || end == null) {
            return after == null ? end : after;
        }
        return after + " " + end;
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
