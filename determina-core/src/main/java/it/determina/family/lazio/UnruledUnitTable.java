package it.determina.family.lazio;

import it.determina.family.AnnexContent;
import it.determina.layout.TextLine;
import it.determina.tables.StreamGrid;
import it.determina.tables.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Section 4's unit table when it is printed without rulings: the header (three lines naming N.,
 * contents, unit, "Durata minima", "di cui in FaD", credits) gives the columns; a unit row starts
 * where the first column holds its number ("3."), the total row at "DURATA MINIMA TOTALE"; the
 * header repeated on later pages and footnotes in a smaller font are left out.
 */
final class UnruledUnitTable {

    // "Articolazione dell'Unità di competenza/ Unità di Risultati Durata di cui"
    static final Pattern HEADER_ANCHOR = Pattern.compile("(?i)\\bdurata\\b");
    static final Pattern HEADER_WORDS = Pattern.compile("(?i)\\b(N\\.|crediti|fad|contenuti|articolazione|risultati|apprendimento|minima|di cui)");
    // "3.", "12"
    static final Pattern UNIT_START = Pattern.compile("^\\d{1,2}\\s*[.)]?$");
    // "DURATA MINIMA TOTALE 180 Max"
    static final Pattern TOTAL_START = Pattern.compile("(?i)^(durata\\s+minima\\s+totale|totale)\\b");
    // "5. TIROCINIO CURRICULARE:", "NOTA:" : what follows the table
    static final Pattern AFTER_TABLE = Pattern.compile("^(\\d{1,2}\\.\\s+[\\p{Lu}'’ ]{4,}|NOTA\\b)");
    /** A line smaller than this share of the body's font is a footnote. */
    private static final double FOOTNOTE = 0.9;

    private UnruledUnitTable() {
    }

    static Optional<Table> find(AnnexContent content) {
        List<TextLine> lines = content.runningLines();
        int anchor = -1;
        for (int i = 0; i < lines.size() && anchor < 0; i++) {
            if (HEADER_ANCHOR.matcher(lines.get(i).text()).find() && headerScore(lines, i) >= 3) {
                anchor = i;
            }
        }
        if (anchor < 0) {
            return Optional.empty();
        }
        List<TextLine> header = header(lines, anchor);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        Set<String> headerTexts = new java.util.HashSet<>(header.stream().map(TextLine::text).toList());
        int start = lines.indexOf(header.get(header.size() - 1)) + 1;
        double bodySize = lines.subList(start, Math.min(lines.size(), start + 10)).stream()
                .mapToDouble(TextLine::fontSize).max().orElse(0);
        List<TextLine> body = new ArrayList<>();
        boolean total = false;
        for (TextLine l : lines.subList(start, lines.size())) {
            String t = l.text().trim();
            if (AFTER_TABLE.matcher(t).find() || (total && !l.text().matches("(?i).*\\b(max|\\d+)\\b.*"))) {
                break;
            }
            if (headerTexts.contains(l.text()) || l.fontSize() < bodySize * FOOTNOTE) {
                continue;
            }
            total |= TOTAL_START.matcher(t).find();
            body.add(l);
        }
        if (body.isEmpty()) {
            return Optional.empty();
        }
        List<Double> edges = StreamGrid.columns(header, body);
        return Optional.of(StreamGrid.table(edges, header, rows(body, edges)));
    }

    private static int headerScore(List<TextLine> lines, int anchor) {
        int score = 0;
        for (int k = Math.max(0, anchor - 2); k <= Math.min(lines.size() - 1, anchor + 2); k++) {
            var m = HEADER_WORDS.matcher(lines.get(k).text());
            while (m.find()) {
                score++;
            }
        }
        return score;
    }

    /** The header's lines: the anchor and its neighbours that are not body rows. */
    private static List<TextLine> header(List<TextLine> lines, int anchor) {
        TextLine a = lines.get(anchor);
        double reach = 2.5 * (a.bottom() - a.top());
        List<TextLine> out = new ArrayList<>();
        for (int k = Math.max(0, anchor - 2); k <= Math.min(lines.size() - 1, anchor + 2); k++) {
            TextLine l = lines.get(k);
            boolean near = l.page() == a.page() && Math.abs(l.top() - a.top()) <= reach;
            boolean bodyLike = UNIT_START.matcher(l.words().get(0).text()).matches() || TOTAL_START.matcher(l.text()).find();
            if (near && !bodyLike && (k >= anchor || HEADER_WORDS.matcher(l.text()).find())) {
                out.add(l);
            }
        }
        return out;
    }

    private static List<List<TextLine>> rows(List<TextLine> body, List<Double> edges) {
        List<List<TextLine>> rows = new ArrayList<>();
        for (TextLine l : body) {
            TextLine first = StreamGrid.slice(l, edges, 0);
            boolean starts = (first != null && UNIT_START.matcher(first.text().trim()).matches())
                    || TOTAL_START.matcher(l.text().trim()).find();
            if (starts || rows.isEmpty()) {
                rows.add(new ArrayList<>());
            }
            rows.get(rows.size() - 1).add(l);
        }
        return rows;
    }
}
