package it.determina.tables;

import it.determina.layout.TextLine;
import it.determina.layout.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds tables printed without rulings among a page's running lines. A table is a run of lines split
 * into pieces by wide gaps (see {@link Chunks}); its columns are the vertical gutters its body lines
 * leave free; its header is the lines above the first row of figures, merged per column, with headings
 * set over several columns kept as spanning cells; a row label wrapped over two lines is one cell.
 * Returns no table when the page has none. Pure function of the lines; thread-safe.
 */
public final class UnruledTables {

    /** Lines further apart than this many line pitches (top to top) belong to different blocks. */
    private static final double MAX_LINE_GAP = 1.2;
    /** Gap allowed, in line pitches, while a table's header is still being read (ruled off from the body). */
    private static final double MAX_HEADER_GAP = 3;
    /** How far (in font sizes) right of the table's left edge a row of figures may start: an indented label. */
    private static final double LABEL_INDENT = 4;
    /** Left edges closer than this (points) are one column start. */
    private static final double COLUMN_ALIGN = 3.0;
    /** Lines of one piece that may stand between multi-piece lines inside a table (labels, sections). */
    private static final int MAX_SINGLE_RUN = 3;
    /** Multi-piece lines a table needs. */
    private static final int MIN_MULTI_LINES = 2;
    /** A gutter narrower than this (points) does not separate columns. */
    private static final double MIN_GUTTER = 1.5;
    /** Share of body lines that may cross a gutter (a note row, a long label) without closing it. */
    private static final double CROSSING_SHARE = 0.06;
    /** A one-piece line this much wider than the table's widest column run is prose, ending the table. */
    private static final int PROSE_WORDS = 12;
    /** Median piece length (characters) from which columns of text are a page set in columns, not a table. */
    private static final int PROSE_PIECE_CHARS = 20;
    /** The longest list marker: "•", "12.", "iv)". */
    private static final int MARKER_LENGTH = 4;
    /** Narrowest over widest column of a page set in columns. */
    private static final double EVEN_COLUMNS = 0.6;
    /** Pieces this short ("•", "−", "a)") are bullets, left out when telling prose from tables. */
    private static final int BULLET_LENGTH = 2;
    /** Share of figures below which long pieces are running text. */
    private static final double FIGURE_SHARE = 0.2;

    // "Table A-2. Mean absolute percentage errors", "Tabella 3 -", "Figure 4:", "Exhibit 12"
    private static final Pattern CAPTION = Pattern.compile("(table|tabella|tab\\.|figure|figura|exhibit|chart)\\s*[A-Z]?[-.]?\\s*[0-9IVX]+\\b",
            Pattern.CASE_INSENSITIVE);
    /** A caption is looked for among the first lines of a block only. */
    private static final int MAX_CAPTION_LINE = 4;
    /** A caption's wrapped line starts this close (points) to the caption's text. */
    private static final double CAPTION_ALIGN = 3.0;
    // ". . . . ." and "......" between a row label and its figures
    private static final Pattern LEADER = Pattern.compile("[.·…_]+");
    // "51,544", "-3.2", "(12)", "45%", "$1,200", "—", ":" (not available), "12 345"
    private static final Pattern FIGURE = Pattern.compile("[-–—+($€£]*[0-9][0-9.,:/]*[%)*a-z]?|[-–—.:]+|n/?a|\\(?[a-z]\\)?",
            Pattern.CASE_INSENSITIVE);

    private UnruledTables() {
    }

    /**
     * The tables among {@code lines} (one page, top to bottom), top to bottom; {@code rules} are the
     * page's horizontal rulings, which show how far a heading over several columns reaches.
     */
    public static List<Table> find(List<TextLine> lines, List<GridExtractor.Rule> rules) {
        List<Table> tables = new ArrayList<>();
        for (List<TextLine> block : blocks(withoutLeaders(lines))) {
            Table t = table(block, rules);
            if (t != null) {
                tables.add(t);
            }
        }
        return tables;
    }

    static List<TextLine> withoutLeaders(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>();
        for (TextLine line : lines) {
            List<Word> kept = new ArrayList<>();
            for (Word w : line.words()) {
                String t = w.text();
                if (LEADER.matcher(t).matches() && t.length() >= 1 && !kept.isEmpty()) {
                    continue;
                }
                kept.add(w);
            }
            if (!kept.isEmpty()) {
                out.add(new TextLine(line.page(), kept));
            }
        }
        return out;
    }

    /**
     * Runs of lines that may be tables: multi-piece lines with at most a few one-piece lines between,
     * then runs that continue one another (a section label and a blank line apart, same gutters) joined.
     */
    static List<List<TextLine>> blocks(List<TextLine> lines) {
        double lineHeight = medianPitch(lines);
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        int end = -1;
        boolean body = false;
        double left = 0;
        int singles = 0;
        List<Double> columnStarts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            List<TextLine> pieces = Chunks.byFontSize(line);
            boolean multi = pieces.size() >= 2;
            double allowed = (body ? MAX_LINE_GAP : MAX_HEADER_GAP) * lineHeight;
            boolean far = i > 0 && line.top() - lines.get(i - 1).bottom() > allowed;
            // text wrapped in a column other than the first starts where that column's pieces start
            boolean wrapped = !multi && start >= 0 && columnStarts.stream().anyMatch(x -> Math.abs(x - line.x0()) <= COLUMN_ALIGN);
            boolean prose = !multi && !wrapped && line.words().size() >= PROSE_WORDS;
            if (start >= 0 && (far || prose || (!multi && !wrapped && singles >= MAX_SINGLE_RUN))) {
                runs.add(new int[] {start, end});
                start = -1;
                wrapped = false;
            }
            if (multi) {
                if (start < 0) {
                    start = i;
                    body = false;
                    left = line.x0();
                    columnStarts.clear();
                }
                end = i + 1;
                singles = 0;
                left = Math.min(left, line.x0());
                body |= isBodyLine(line, left);
                pieces.subList(1, pieces.size()).forEach(p -> columnStarts.add(p.x0()));
            } else if (wrapped) {
                end = i + 1;
                singles = 0;
            } else {
                singles++;
            }
        }
        if (start >= 0) {
            runs.add(new int[] {start, end});
        }
        List<List<TextLine>> out = new ArrayList<>();
        for (int[] run : joinContinued(lines, runs, lineHeight)) {
            List<TextLine> block = lines.subList(run[0], run[1]);
            if (block.stream().filter(l -> Chunks.byFontSize(l).size() >= 2).count() >= MIN_MULTI_LINES) {
                out.add(block);
            }
        }
        return out;
    }

    /**
     * Joins a run to the one before when only short one-piece lines (a section label: "Projected") stand
     * between them, the gap is small, the later run is rows of figures and its pieces cross none of the
     * earlier run's gutters.
     */
    private static List<int[]> joinContinued(List<TextLine> lines, List<int[]> runs, double lineHeight) {
        List<int[]> out = new ArrayList<>();
        for (int[] run : runs) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && continues(lines, last, run, lineHeight)) {
                last[1] = run[1];
            } else {
                out.add(run.clone());
            }
        }
        return out;
    }

    private static boolean continues(List<TextLine> lines, int[] before, int[] after, double lineHeight) {
        if (after[0] - before[1] > MAX_SINGLE_RUN || !isBodyLine(lines.get(after[0]))) {
            return false;
        }
        for (int i = before[1]; i < after[0]; i++) {
            if (lines.get(i).words().size() >= PROSE_WORDS) {
                return false;
            }
        }
        if (lines.get(after[0]).top() - lines.get(before[1] - 1).bottom() > MAX_HEADER_GAP * lineHeight) {
            return false;
        }
        List<TextLine> earlier = lines.subList(before[0], before[1]);
        List<TextLine> earlierBody = earlier.subList(firstBodyLine(earlier), earlier.size());
        List<TextLine> later = lines.subList(after[0], after[1]);
        // the gutters of the longer run are the better measure
        List<Double> edges = earlierBody.size() >= later.size() ? columnEdges(earlier, earlierBody) : columnEdges(later, later);
        List<TextLine> other = earlierBody.size() >= later.size() ? later : earlierBody;
        return edges.size() > 2 && other.stream().noneMatch(l -> crossesGutter(l, edges));
    }

    private static boolean crossesGutter(TextLine line, List<Double> edges) {
        for (TextLine c : Chunks.byFontSize(line)) {
            for (int e = 1; e < edges.size() - 1; e++) {
                if (c.x0() < edges.get(e) && c.x1() > edges.get(e)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The usual distance between the tops of consecutive lines: the unit of vertical gaps. */
    private static double medianPitch(List<TextLine> lines) {
        double[] pitch = new double[Math.max(0, lines.size() - 1)];
        int n = 0;
        for (int i = 1; i < lines.size(); i++) {
            double d = lines.get(i).top() - lines.get(i - 1).top();
            if (d > 0) {
                pitch[n++] = d;
            }
        }
        if (n == 0) {
            return 10;
        }
        java.util.Arrays.sort(pitch, 0, n);
        return Math.max(4, pitch[n / 2]);
    }

    /** The table of one block, or null when its lines do not line up in columns. */
    private static Table table(List<TextLine> whole, List<GridExtractor.Rule> rules) {
        List<TextLine> block = withoutCaption(whole);
        if (block.size() < MIN_MULTI_LINES) {
            return null;
        }
        // a table of text has no row of figures to end its header: every line is body, rows found by spacing
        int firstBody = isTextTable(block) || pairedHead(block, firstBodyLine(block)) ? 0 : sectionLabelsOut(block, firstBodyLine(block));
        List<TextLine> body = block.subList(firstBody, block.size());
        List<Double> edges = columnEdges(block, body);
        if (edges.size() < 3 || looksLikeProse(body, edges) || isList(block, edges)) {
            return null;
        }
        return UnruledGrid.build(block.subList(0, firstBody), body, edges, rules);
    }

    /**
     * A list, not a table: two columns, the first holding only bullets or item numbers ("•", "–", "1.",
     * "a)"), the second text.
     */
    private static boolean isList(List<TextLine> block, List<Double> edges) {
        if (edges.size() != 3) {
            return false;
        }
        for (TextLine line : block) {
            TextLine first = Chunks.byFontSize(line).get(0);
            if (first.x1() < edges.get(1) && first.text().strip().length() > MARKER_LENGTH) {
                return false;
            }
        }
        return true;
    }

    /** True when the columns are about as wide as one another, as a page's text columns are (labels are narrower). */
    private static boolean evenColumns(List<Double> edges) {
        double widest = 0;
        double narrowest = Double.MAX_VALUE;
        for (int i = 0; i + 1 < edges.size(); i++) {
            double w = edges.get(i + 1) - edges.get(i);
            widest = Math.max(widest, w);
            narrowest = Math.min(narrowest, w);
        }
        return narrowest >= EVEN_COLUMNS * widest;
    }

    /**
     * True when the lines above the first row of figures are rows of a sheet of labels and values, not a
     * header: the body's lines hold two pieces at most, and two or more of those lines hold a label and
     * its value (a header of two columns has one line of two titles, its wrapped words one piece each).
     */
    private static boolean pairedHead(List<TextLine> block, int firstBody) {
        if (firstBody < 2) {
            return false;
        }
        boolean twoColumns = block.subList(firstBody, block.size()).stream().allMatch(l -> Chunks.byFontSize(l).size() <= 2);
        long pairs = block.subList(0, firstBody).stream().filter(l -> Chunks.byFontSize(l).size() == 2).count();
        return twoColumns && pairs >= 2;
    }

    /** True when hardly any piece right of the first column is a figure: a table of text. */
    private static boolean isTextTable(List<TextLine> block) {
        int pieces = 0;
        int figures = 0;
        for (TextLine line : block) {
            List<TextLine> chunks = Chunks.byFontSize(line);
            for (TextLine c : chunks.subList(1, chunks.size())) {
                pieces++;
                figures += isFigure(c) ? 1 : 0;
            }
        }
        return pieces > 0 && figures < FIGURE_SHARE * pieces;
    }

    /**
     * The block without its caption: a line naming the table ("Table A-2. Mean absolute ...", "Tabella 3")
     * and what stands above it go, and so do the caption's wrapped lines, one-piece lines that start
     * where its text does.
     */
    private static List<TextLine> withoutCaption(List<TextLine> block) {
        int caption = -1;
        for (int i = 0; i < block.size() && i < MAX_CAPTION_LINE; i++) {
            if (CAPTION.matcher(block.get(i).text()).lookingAt()) {
                caption = i;
            }
        }
        if (caption < 0) {
            return block;
        }
        List<TextLine> pieces = Chunks.byFontSize(block.get(caption));
        double textStart = pieces.size() > 1 ? pieces.get(1).x0() : block.get(caption).x0();
        int from = caption + 1;
        while (from < block.size() && Chunks.byFontSize(block.get(from)).size() == 1
                && Math.abs(block.get(from).x0() - textStart) <= CAPTION_ALIGN) {
            from++;
        }
        return block.subList(from, block.size());
    }

    /**
     * The first body line moved up over the one-piece lines just above it when the header already has
     * its label column: those are section labels of the body ("Sex", "Actual"), not more header.
     */
    private static int sectionLabelsOut(List<TextLine> block, int firstBody) {
        double left = block.stream().mapToDouble(TextLine::x0).min().orElse(0);
        int i = firstBody;
        while (i > 1 && isLabelOnly(block.get(i - 1), left)) {
            i--;
        }
        if (i == firstBody) {
            return firstBody;
        }
        for (int h = 0; h < i; h++) {
            if (Chunks.byFontSize(block.get(h)).get(0).x0() <= left + LABEL_INDENT * block.get(h).fontSize()) {
                return i;
            }
        }
        return firstBody;
    }

    private static boolean isLabelOnly(TextLine line, double left) {
        return Chunks.byFontSize(line).size() == 1 && line.x0() <= left + LABEL_INDENT * line.fontSize();
    }

    /** The first line of figures: its pieces after the first are mostly numbers. Else the second line. */
    static int firstBodyLine(List<TextLine> block) {
        double left = block.stream().mapToDouble(TextLine::x0).min().orElse(0);
        for (int i = 0; i < block.size(); i++) {
            if (isBodyLine(block.get(i), left)) {
                return i;
            }
        }
        return block.size() > 2 ? 1 : 0;
    }

    /** A line of several pieces, those after the first mostly figures. */
    static boolean isBodyLine(TextLine line) {
        return isBodyLine(line, line.x0());
    }

    /**
     * A line of several pieces starting at the table's left edge ({@code left}), those after the first
     * mostly figures; years over the columns ("2005  2010") start further right.
     */
    static boolean isBodyLine(TextLine line, double left) {
        List<TextLine> chunks = Chunks.byFontSize(line);
        if (chunks.size() < 2 || line.x0() > left + LABEL_INDENT * line.fontSize()) {
            return false;
        }
        long figures = chunks.subList(1, chunks.size()).stream().filter(UnruledTables::isFigure).count();
        return figures * 2 >= chunks.size() - 1;
    }

    static boolean isFigure(TextLine chunk) {
        return chunk.words().stream().allMatch(w -> FIGURE.matcher(w.text()).matches());
    }

    /**
     * The column edges: the outer left and right, and between them the middle of each gutter the body's
     * multi-piece lines leave free (a few crossings allowed, {@link #CROSSING_SHARE}).
     */
    static List<Double> columnEdges(List<TextLine> block, List<TextLine> body) {
        List<TextLine> multi = body.stream().filter(l -> Chunks.byFontSize(l).size() >= 2).toList();
        if (multi.isEmpty()) {
            multi = block.stream().filter(l -> Chunks.byFontSize(l).size() >= 2).toList();
        }
        double left = multi.stream().mapToDouble(TextLine::x0).min().orElse(0);
        double right = multi.stream().mapToDouble(TextLine::x1).max().orElse(0);
        int width = (int) Math.ceil(right - left) + 1;
        int[] cover = new int[width];
        for (TextLine line : multi) {
            boolean[] mine = new boolean[width];
            for (TextLine c : Chunks.byFontSize(line)) {
                for (int x = (int) Math.floor(c.x0() - left); x <= (int) Math.ceil(c.x1() - left) && x < width; x++) {
                    mine[Math.max(0, x)] = true;
                }
            }
            for (int x = 0; x < width; x++) {
                cover[x] += mine[x] ? 1 : 0;
            }
        }
        int allowed = (int) Math.floor(CROSSING_SHARE * multi.size());
        List<Double> edges = new ArrayList<>();
        edges.add(left - 1);
        int start = -1;
        for (int x = 0; x < width; x++) {
            boolean free = cover[x] <= allowed;
            if (free && start < 0) {
                start = x;
            } else if (!free && start >= 0) {
                if (start > 0 && x - start >= MIN_GUTTER) {
                    edges.add(left + (start + x) / 2.0);
                }
                start = -1;
            }
        }
        edges.add(right + 1);
        return edges;
    }

    /**
     * Two or three columns of running text side by side: a page set in columns, not a table. Its columns
     * are about as wide as one another, its pieces long and hardly ever figures.
     */
    private static boolean looksLikeProse(List<TextLine> body, List<Double> edges) {
        if (edges.size() > 4 || !evenColumns(edges)) {
            return false;
        }
        List<Integer> lengths = new ArrayList<>();
        int figures = 0;
        for (TextLine line : body) {
            for (TextLine c : Chunks.byFontSize(line)) {
                if (c.text().length() > BULLET_LENGTH) {
                    lengths.add(c.text().length());
                    figures += isFigure(c) ? 1 : 0;
                }
            }
        }
        if (lengths.isEmpty()) {
            return false;
        }
        lengths.sort(Integer::compare);
        return lengths.get(lengths.size() / 2) >= PROSE_PIECE_CHARS && figures < FIGURE_SHARE * lengths.size();
    }
}
