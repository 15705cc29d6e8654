package it.determina.family.lazio;

import it.determina.layout.TextLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The numbered sections of a Lazio standard's running text ("5. TIROCINIO CURRICULARE:"), each with its
 * heading and the lines that follow it. Text after the colon of a heading belongs to the section.
 */
record Sections(Map<Integer, Section> byNumber) {

    // "2. LIVELLO EQF DELLA QUALIFICAZIONE IN USCITA: 3", "5. TIROCINIO CURRICULARE:"
    static final Pattern HEADING = Pattern.compile("^(\\d{1,2})\\s*[.,)]\\s+([\\p{Lu}'’ ,/()\\-]{4,}?)\\s*(?::\\s*(.*))?$");

    record Section(int number, String title, String rest, List<TextLine> lines, TextLine heading) {

        int page() {
            return heading.page();
        }
    }

    static Sections of(List<TextLine> lines) {
        Map<Integer, Section> out = new LinkedHashMap<>();
        Matcher open = null;
        List<TextLine> body = new ArrayList<>();
        TextLine heading = null;
        for (TextLine line : lines) {
            Matcher m = HEADING.matcher(line.text().trim());
            if (m.matches() && m.group(2).chars().filter(Character::isLetter).count() >= 4) {
                close(out, open, body, heading);
                open = m;
                body = new ArrayList<>();
                heading = line;
            } else if (open != null) {
                body.add(line);
            }
        }
        close(out, open, body, heading);
        return new Sections(out);
    }

    /** Records the section {@code open} opened (at line {@code heading}), if any: both are null before the first. */
    private static void close(Map<Integer, Section> out, @Nullable Matcher open, List<TextLine> body,
                              @Nullable TextLine heading) {
        if (open == null) {
            return;
        }
        int n = Integer.parseInt(open.group(1));
        String rest = open.group(3) == null ? "" : open.group(3).trim();
        out.putIfAbsent(n, new Section(n, open.group(2).trim(), rest, List.copyOf(body), Objects.requireNonNull(heading)));
    }

    /** The first section whose heading matches {@code heading}, or null. */
    @Nullable Section find(Pattern heading) {
        return byNumber.values().stream().filter(s -> heading.matcher(s.title()).find()).findFirst().orElse(null);
    }
}
