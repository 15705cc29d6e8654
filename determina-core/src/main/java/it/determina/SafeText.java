package it.determina;

import org.jspecify.annotations.Nullable;

/**
 * Text from outside (file names, remote paths, messages) made safe to put in a log line: control
 * characters, line and paragraph separators are written as escapes, so a name holding a newline cannot
 * forge a line of its own (issue 12, finding 14). A backslash is doubled, so the escape is unambiguous.
 */
public final class SafeText {

    private SafeText() {
    }

    /** {@code text} with every control or separator character escaped; {@code "null"} for null. */
    public static String of(@Nullable Object text) {
        String s = String.valueOf(text);
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escape = escape(c);
            if (escape != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                out.append(escape == null ? String.valueOf(c) : escape);
            }
        }
        return out == null ? s : out.toString();
    }

    private static @Nullable String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\\' -> "\\\\";
            default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085'
                    ? String.format("\\u%04x", (int) c) : null;
        };
    }
}
