package it.determina.family.lazio;

import it.determina.family.AnnexContent;
import it.determina.family.Evidence;
import it.determina.family.FamilySheet;
import it.determina.family.Labels;
import it.determina.layout.TextLine;
import it.determina.model.Unit;
import it.determina.model.UnitKind;
import it.determina.normalize.CreditClassifier;
import it.determina.normalize.Figures;
import it.determina.normalize.ItemSplitter;
import it.determina.normalize.Reading;
import it.determina.tables.Cell;
import it.determina.tables.Row;
import it.determina.tables.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads section 4 of a Lazio standard, the table of learning-outcome units: one row per unit
 * (number, contents, title, minimum hours, FaD hours, credits) and the "DURATA MINIMA TOTALE" row.
 * Columns are found by their header text, as {@code families/lazio-percorso.yaml} declares them, so their
 * order and extra columns do not matter.
 */
final class UnitTableReader {

    /** The columns and header words declared in {@code families/lazio-percorso.yaml}. */
    static final FamilySheet.UnitTable TABLE = Objects.requireNonNull(LazioPercorsoFamily.SHEET.unitTable(),
            "lazio-percorso.yaml declares no unitTable");
    /** The column patterns, in the order header cells are tried against them. */
    static final List<Map.Entry<String, Pattern>> COLUMNS = TABLE.columns().stream()
            .map(c -> Map.entry(c.pointer(), FamilySheet.anyOf(c.labels()))).toList();
    /** What header cells say: words of column labels, and the parts of a header wrapped over lines ("minima (ore)"). */
    static final List<Pattern> HEADER_WORDS = TABLE.headerWords().stream().map(Pattern::compile).toList();
    // "1.", "12", "3)"
    // "1.", "2)", "URA 3", "UdA 4", "Modulo 5": a unit's number, after the name a region gives its units
    // (a word of letters, never "Max"/"Min" of a FaD cell)
    static final Pattern UNIT_NUMBER = Pattern.compile("^(?:(?!(?i:max|min)\\b)\\p{L}{1,6}\\.?\\s*)?(\\d{1,2})\\s*[.,)]?$");
    // "A.", "di," : a unit number misread by OCR (a scan's "4.", "1."), one or two letters or digits
    static final Pattern MISREAD_NUMBER = Pattern.compile("^[\\p{L}\\p{N}]{1,2}[.,)]?$");
    // "1. Inquadramento della professione": a unit's number opening its title, where one column holds both
    // ("N. e denominazione dell'Unità di Risultati di apprendimento")
    static final Pattern NUMBERED_TITLE = Pattern.compile("^(\\d{1,2})\\s*[.)]\\s+\\S.*", Pattern.DOTALL);
    // "9. Conoscenze - Tecniche di ...": a unit's number run into the contents of its row
    static final Pattern UNIT_OPENING = Pattern.compile("^\\d{1,2}\\s*[.)]\\s+\\S");
    // "DURATA MINIMA TOTALE", "TOTALE ORE"
    static final Pattern TOTAL_ROW = Pattern.compile("^(durata\\w*totale|totale)");
    // "Conoscenze", "Abilità", "Capacità" : sub-headings inside the contents cell
    static final Pattern KNOWLEDGE_HEADING = Pattern.compile("^(?i)conoscenze\\s*:?$");
    static final Pattern SKILLS_HEADING = Pattern.compile("^(?i)(abilit[aà]|capacit[aà]|abilit[aà]/capacit[aà])\\s*:?$");

    record Columns(int number, int contents, int title, int hours, int distance, int credits) {
    }

    record Result(List<Unit> units, @Nullable Reading total, @Nullable Reading distanceTotal, int totalPage,
                  @Nullable Row totalRow) {
    }

    private UnitTableReader() {
    }

    /** True when the header row names the hours and FaD or credit columns of a unit table. */
    static boolean isUnitTable(Table t) {
        return columns(t) != null;
    }

    static @Nullable Columns columns(Table t) {
        if (t.rows().isEmpty() || t.columnCount() < 4) {
            return null;
        }
        Map<String, Integer> found = new HashMap<>();
        List<Row> header = t.rows().subList(0, headerEnd(t));
        for (Cell c : header.get(0).cells()) {
            if (c.colSpan() <= 1) {
                named(c.text()).ifPresent(key -> found.put(key, c.col()));
            }
        }
        // a header whose one-line cells sit at several heights, each spilling over its neighbours, comes as
        // cells spanning columns, over several rows before the first unit's: each of their lines names the
        // column under its middle, where the first row's cells did not; a line naming two columns ("Durata
        // minima di cui in FaD" on one baseline) says neither's place
        for (Row r : header) {
            for (Cell c : r.cells()) {
                if (c.colSpan() > 1) {
                    for (TextLine l : c.lines()) {
                        List<String> keys = COLUMNS.stream().filter(col -> col.getValue().matcher(Labels.key(l.text())).find())
                                .map(Map.Entry::getKey).toList();
                        if (keys.size() == 1) {
                            found.putIfAbsent(keys.get(0), under(t, l, c));
                        }
                    }
                } else if (r != header.get(0)) {
                    named(c.text()).ifPresent(key -> found.putIfAbsent(key, c.col()));
                }
            }
        }
        int number = found.getOrDefault("/number", -1);
        int contents = found.getOrDefault("/contents", -1);
        int title = found.getOrDefault("/title", -1);
        int hours = found.getOrDefault("/minHours", -1);
        int distance = found.getOrDefault("/distanceMaxHours", -1);
        int credits = found.getOrDefault("/credit", -1);
        if (title < 0 || hours < 0) {
            return null;
        }
        return new Columns(Math.max(number, 0), contents, title, hours, distance, credits);
    }

    /** The column a header text names first, in {@link #COLUMNS}' order. */
    private static Optional<String> named(String text) {
        String k = Labels.key(text);
        return COLUMNS.stream().filter(col -> col.getValue().matcher(k).find()).findFirst().map(Map.Entry::getKey);
    }

    /** Rows a header set at several heights takes at most. */
    private static final int MAX_HEADER_ROWS = 4;

    /** The index of the first row opening a unit ("1."), when it comes within {@link #MAX_HEADER_ROWS}; else 1. */
    private static int headerEnd(Table t) {
        for (int i = 1; i < Math.min(t.rows().size(), MAX_HEADER_ROWS + 1); i++) {
            Cell first = t.rows().get(i).at(0);
            if (first != null && UNIT_NUMBER.matcher(first.text().trim()).matches()) {
                return i;
            }
        }
        return 1;
    }

    /** The column under the middle of {@code line}, among those cell {@code c} spans. */
    private static int under(Table t, TextLine line, Cell c) {
        double middle = (line.x0() + line.x1()) / 2;
        List<Double> edges = t.columnEdges();
        for (int i = c.col(); i < c.col() + c.colSpan() - 1 && i + 1 < edges.size(); i++) {
            if (middle < edges.get(i + 1)) {
                return i;
            }
        }
        return c.col() + c.colSpan() - 1;
    }

    static Result read(Table table, AnnexContent content, Evidence.Builder evidence) {
        Columns cols = Objects.requireNonNull(columns(table), "a unit table (isUnitTable)");
        List<Unit> units = new ArrayList<>();
        Reading total = null;
        Reading distanceTotal = null;
        int totalPage = table.page();
        Row totalRow = null;
        String owner = "/units";
        for (Row row : table.rows().subList(1, table.rows().size())) {
            Cell head = row.at(cols.number());
            String headText = head == null ? "" : head.text();
            Matcher n = UNIT_NUMBER.matcher(headText.trim());
            if (!n.matches() && cols.number() == cols.title()) {
                n = NUMBERED_TITLE.matcher(headText.trim());
            }
            if (!n.matches() && TOTAL_ROW.matcher(Labels.key(leading(row, cols.hours()))).find()) {
                total = Figures.parseHours(text(row, cols.hours(), content));
                distanceTotal = cols.distance() < 0 ? null : Figures.parseHours(text(row, cols.distance(), content));
                totalPage = row.page();
                totalRow = row;
            } else if (n.matches()) {
                owner = "/units/" + units.size();
                units.add(unit(Integer.parseInt(n.group(1)), units.size(), row, cols, content, evidence));
            } else if (isMisreadUnit(headText, row, cols, content)) {
                owner = "/units/" + units.size();
                int number = units.isEmpty() ? 1 : units.get(units.size() - 1).number() + 1;
                units.add(unit(number, units.size(), row, cols, content, evidence));
            } else if (totalRow == null && !units.isEmpty() && !row.isBlank() && !isHeaderText(row)) {
                owner = unread(row, owner, evidence);
            }
        }
        return new Result(units, total, distanceTotal, totalPage, totalRow);
    }

    /**
     * Where a unit table ends without its total row and the next table of the annex opens with rows that
     * are not units (no number), those rows continue the last unit read: its cells went on over a page
     * break into a table not joined to this one. They are recorded as text of that unit not read.
     */
    static void continued(Table table, Result result, List<Table> tables, Evidence.Builder evidence) {
        int next = tables.indexOf(table) + 1;
        if (result.totalRow() != null || result.units().isEmpty() || next <= 0 || next >= tables.size()) {
            return;
        }
        String owner = "/units/" + (result.units().size() - 1);
        for (Row row : tables.get(next).rows()) {
            String head = row.cells().isEmpty() ? "" : row.cells().get(0).text().trim();
            if (UNIT_NUMBER.matcher(head).matches() || TOTAL_ROW.matcher(Labels.key(head)).find()) {
                return;
            }
            if (!row.isBlank() && !isHeaderText(row)) {
                owner = unread(row, owner, evidence);
            }
        }
    }

    /**
     * Records a row of the unit table read as no unit, and returns whose rest the next such row is: the rest
     * of {@code owner} (the last unit read), or, where its first cell opens with a unit's number run into its
     * text ("9. Conoscenze"), a unit not read at all ({@code /units}), whose rest the rows after it are.
     */
    private static String unread(Row row, String owner, Evidence.Builder evidence) {
        String head = row.cells().isEmpty() ? "" : row.cells().get(0).text().trim();
        String pointer = UNIT_OPENING.matcher(head).find() ? "/units" : owner;
        evidence.unread(pointer, row.cells().stream().map(Cell::text).filter(t -> !t.isBlank())
                .collect(Collectors.joining(" | ")), row.page());
        return pointer;
    }

    /**
     * True for a row of header text: the header printed again (a page's repeated header the stitcher kept)
     * or the rest of a header wrapped over several lines ("Contenuti | Risultati di apprendimento | in FaD"),
     * two or more of its cells naming columns.
     */
    static boolean isHeaderText(Row row) {
        return row.cells().stream().filter(c -> HEADER_WORDS.stream().anyMatch(p -> p.matcher(Labels.key(c.text())).find()))
                .count() >= 2;
    }

    private static Unit unit(int number, int index, Row row, Columns cols, AnnexContent content,
                             Evidence.Builder evidence) {
        String at = "/units/" + index;
        evidence.at(at, row.region());
        expectCells(at, cols, evidence);
        Reading hours = Figures.parseHours(text(row, cols.hours(), content));
        if (hours.isMissing()) {
            evidence.missing(at + "/minHours", "Durata minima", hours.raw(), cellBox(row, cols.hours()));
        }
        Number distance = null;
        if (cols.distance() >= 0) {
            Reading fad = Figures.parseHours(text(row, cols.distance(), content));
            if (fad.isMissing()) {
                evidence.missing(at + "/distanceMaxHours", "di cui in FaD", fad.raw(), cellBox(row, cols.distance()));
            }
            distance = fad.value();
        }
        List<List<String>> lists = contents(row.at(cols.contents() < 0 ? cols.title() : cols.contents()));
        ItemSplitter splitter = content.splitter();
        String title = text(row, cols.title(), content);
        if (cols.number() == cols.title()) {
            title = title.replaceFirst("^\\d{1,2}\\s*[.)]\\s+", "");
        }
        return new Unit(number, UnitKind.LEARNING_OUTCOME_UNIT, title, null,
                hours.value(), distance, null, null,
                cols.credits() < 0 ? null : CreditClassifier.classify(text(row, cols.credits(), content)),
                null, splitter.split(lists.get(0)), splitter.split(lists.get(1)), null);
    }

    /**
     * True for a unit's row whose number OCR misread: a short token where the number belongs, a title and
     * hours. The number is the previous unit's plus one, since units are numbered in order.
     */
    private static boolean isMisreadUnit(String head, Row row, Columns cols, AnnexContent content) {
        return MISREAD_NUMBER.matcher(head.trim()).matches() && !text(row, cols.title(), content).isBlank()
                && Figures.parseHours(text(row, cols.hours(), content)).value() != null;
    }

    /**
     * The cells every unit row of the table prints: title, hours, knowledge, and FaD hours and credits where
     * the table has those columns; their columns being there, their labels are found.
     */
    private static void expectCells(String at, Columns cols, Evidence.Builder evidence) {
        List<String> cells = new ArrayList<>(List.of("/title", "/minHours", "/knowledge"));
        if (cols.distance() >= 0) {
            cells.add("/distanceMaxHours");
        }
        if (cols.credits() >= 0) {
            cells.add("/credit");
        }
        for (String cell : cells) {
            evidence.expects(at + cell).labelled(at + cell);
        }
    }

    /** The contents cell's lines split under its "Conoscenze" and "Abilità" sub-headings. */
    private static List<List<String>> contents(@Nullable Cell cell) {
        List<String> knowledge = new ArrayList<>();
        List<String> skills = new ArrayList<>();
        List<String> target = knowledge;
        if (cell != null && cell.colSpan() == 1) {
            for (String line : cell.lineTexts()) {
                String t = line.trim();
                if (KNOWLEDGE_HEADING.matcher(t).matches()) {
                    target = knowledge;
                } else if (SKILLS_HEADING.matcher(t).matches()) {
                    target = skills;
                } else {
                    target.add(t);
                }
            }
        }
        return List.of(knowledge, skills);
    }

    private static it.determina.model.BoundingBox cellBox(Row row, int col) {
        Cell c = row.at(col);
        return c == null ? row.region() : c.region();
    }

    /** The text of the cells left of the hours column: where a total row writes "DURATA MINIMA TOTALE". */
    private static String leading(Row row, int hoursCol) {
        StringBuilder out = new StringBuilder();
        for (Cell c : row.cells()) {
            if (c.col() < hoursCol) {
                out.append(c.text()).append(' ');
            }
        }
        return out.toString();
    }

    private static String text(Row row, int col, AnnexContent content) {
        Cell c = row.at(col);
        return c == null || c.col() != col ? "" : content.cleaner().join(c.lineTexts());
    }
}
