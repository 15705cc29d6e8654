package it.determina.report;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Escaping for text and attribute values written into the report. */
final class Html {

    private Html() {
    }

    static String esc(@Nullable Object value) {
        String s = Objects.toString(value, "");
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A value for people: "—" for null. */
    static String show(@Nullable Object value) {
        return value == null ? "—" : esc(value);
    }
}
