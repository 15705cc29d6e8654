package it.determina.tables;

import it.determina.layout.TextLine;
import java.util.ArrayList;
import it.determina.model.BoundingBox;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One cell of a table: grid position and span, page and box (top-left origin), and its lines of text
 * top to bottom (possibly none). A cell continued on the next page keeps the page it starts on and
 * gains the lines of its continuation.
 */
public record Cell(int row, int col, int rowSpan, int colSpan, int page,
                   double x0, double top, double x1, double bottom, List<TextLine> lines) {

    public Cell {
        lines = List.copyOf(lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The raw text of each line. */
    public List<String> lineTexts() {
        return lines.stream().map(TextLine::text).toList();
    }

    /** The lines joined with single spaces, no hyphenation handling. */
    public String text() {
        return String.join(" ", lineTexts()).trim();
    }

    /**
     * The lines joined as a reader reads them: a word broken at a line end by a soft hyphen (U+00AD) is
     * joined without it; a word ending a line with a hyphen, the next line going on in lower case
     * ("socio-" + "sanitario"), is joined keeping the hyphen; other lines are joined with a space. No
     * soft hyphen or control character is left. "" for a cell without text.
     */
    public String readingText() {
        StringBuilder out = new StringBuilder();
        for (String raw : lineTexts()) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            int end = out.length();
            if (end > 0 && out.charAt(end - 1) == SOFT_HYPHEN) {
                out.setLength(end - 1);
            } else if (end > 0 && !(HYPHENATED_END.matcher(out).find() && LOWER_START.matcher(line).lookingAt())) {
                out.append(' ');
            }
            out.append(line);
        }
        return INVISIBLE.matcher(out).replaceAll("").strip();
    }

    private static final char SOFT_HYPHEN = '\u00ad';
    // "Sicurezza socio-" : a line ending in a word and a hyphen
    private static final Pattern HYPHENATED_END = Pattern.compile("\\p{L}[-\u2010]$");
    // "sanitario e assistenziale" : a line going on in lower case
    private static final Pattern LOWER_START = Pattern.compile("\\p{Ll}");
    // "Compe\u00adtenze" : soft hyphens and control characters, which print nothing
    private static final Pattern INVISIBLE = Pattern.compile("[\u00ad\\p{Cc}]");

    /** Where the cell is, on the page it starts on. */
    public BoundingBox region() {
        return BoundingBox.of(page, x0, top, x1, bottom);
    }

    Cell withRow(int newRow) {
        return new Cell(newRow, col, rowSpan, colSpan, page, x0, top, x1, bottom, lines);
    }

    Cell append(Cell continuation) {
        List<TextLine> all = new ArrayList<>(lines);
        all.addAll(continuation.lines);
        return new Cell(row, col, rowSpan, colSpan, page, x0, top, x1, bottom, all);
    }

    boolean covers(int column) {
        return column >= col && column < col + colSpan;
    }
}
