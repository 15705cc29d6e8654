package it.determina.family;

import it.determina.family.FamilySheet.Field;
import it.determina.family.FamilySheet.Keep;
import it.determina.layout.TextLine;
import it.determina.layout.Word;
import it.determina.model.AdaCode;
import it.determina.model.BoundingBox;
import it.determina.model.CompetenceUnitRef;
import it.determina.model.Unit;
import it.determina.tables.Block;
import it.determina.tables.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The reading of a family declared with {@code lines} ({@link FamilySheet.Lines}): a running page, not
 * key/value tables (the Atlante del Lavoro's qualification pages). Labels are regexes over a line's text
 * (trimmed), matched at its start; the rest of the line is the value. Two passes:
 * <ol>
 * <li>the standard's fields, over every line of the annex in reading order (a running line, or a table row
 *     read as one text, its cells joined by spaces; a printed line of a row that starts with a label is read as
 *     a running line, the table having run on over the text below it), the fields tried in order: a line gives
 *     the first field whose label starts it (a field kept {@code first} only once) the rest of the line; a field
 *     {@code below} is the heading of a table of codes, which the lines after it that start with a digit fill,
 *     up to the next heading; a field that {@code wraps} takes the lines wrapped under its line too (same
 *     indent, no new item, no label); an AdA named on a line the AdA field did not read (a competence's
 *     "Attività dell' AdA ADA.…") and missing from its list makes the list doubtful;</li>
 * <li>the units, over the running lines: a line matching {@code units.opens} opens one, the rest of the line its
 *     title, which runs on over the lines below up to a label of the unit's; a unit's field {@code below} is the
 *     heading of an indented list (the lines at least as indented as its first, up to a heading); a heading of
 *     the standard's closes the unit.</li>
 * </ol>
 * Where a label is found the evidence names it (and the page); an EQF level is located as in key/value
 * families. Stateless: one instance serves every annex.
 */
final class LineSheet {

    /** Tolerance (points) for "the same indentation". */
    private static final double INDENT = 3.0;

    private final FamilySheet sheet;
    private final FamilySheet.Units units;
    private final Pattern marks;
    private final Pattern opens;
    private final List<Pattern> labels;
    private final List<Pattern> unitLabels;
    private final @Nullable Pattern titleAfter;

    LineSheet(FamilySheet sheet) {
        this.sheet = sheet;
        this.units = Objects.requireNonNull(sheet.units(), "units");
        this.marks = FamilySheet.anyOf(sheet.recognition().text());
        this.opens = FamilySheet.anyOf(units.opens());
        this.labels = sheet.fields().stream().map(Field::label).toList();
        this.unitLabels = units.fields().stream().map(Field::label).toList();
        String after = Objects.requireNonNull(sheet.lines()).titleAfter();
        this.titleAfter = after == null ? null : Pattern.compile(after);
    }

    /** A mark of the family's text, and a running line that opens a unit. */
    boolean recognises(AnnexContent content) {
        boolean marker = content.textWithFurniture().stream().anyMatch(l -> marks.matcher(Labels.key(l)).find());
        return marker && content.runningLines().stream().anyMatch(l -> opens.matcher(l.text().trim()).lookingAt());
    }

    StandardDraft parse(AnnexContent content) {
        Evidence.Builder evidence = new Evidence.Builder().page("", content.part().pageStart());
        double right = content.runningLines().stream().mapToDouble(TextLine::x1).max().orElse(0);
        Read standard = readStandard(lines(content, right), evidence);
        List<Unit> unitsRead = readUnits(content, right, evidence);
        evidence.expects(sheet.expected().toArray(String[]::new));
        String title = title(content, evidence);
        return new StandardDraft(sheet.kind(), RegionFinder.find(content.textWithFurniture(), content.actRegion()),
                title, (Integer) standard.value("/eqfLevel"), standard.text("/description"),
                CanonicalParts.classification(standard), null, null, null, List.of(), unitsRead, evidence.build());
    }

    /** One line of the annex as one text: a running line (with the lines it wraps onto), or a table row. */
    private record Line(String text, int page, BoundingBox box) {
    }

    private List<Line> lines(AnnexContent content, double right) {
        List<Pattern> wrapping = sheet.fields().stream().filter(Field::wraps).map(Field::label).toList();
        List<Line> out = new ArrayList<>();
        List<Block> blocks = content.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Block.Line l) {
                List<TextLine> wrapped = new ArrayList<>(List.of(l.line()));
                String first = l.line().text().trim();
                while (wrapping.stream().anyMatch(p -> p.matcher(first).lookingAt()) && i + 1 < blocks.size()
                        && blocks.get(i + 1) instanceof Block.Line next && !isLabel(next.line().text())
                        && continues(wrapped, next.line(), right)) {
                    wrapped.add(next.line());
                    i++;
                }
                out.add(new Line(content.cleaner().join(wrapped.stream().map(TextLine::text).toList()), l.page(),
                        l.line().box()));
            } else if (b instanceof Block.Grid g) {
                for (Row r : g.table().rows()) {
                    out.addAll(rowLines(r, wrapping, content, right));
                }
            }
        }
        return out;
    }

    /**
     * The lines of one table row. A row is one text, its cells left to right joined by spaces, unless one of its
     * printed lines starts with a label of the standard's: then the table ran on over the running text below it
     * (the unruled table of one AdA block takes the next block's "ADA.…" line, and what follows it, into its
     * last rows) and the row is cut at its printed lines (the lines of its cells on one baseline, left to right).
     * A labelled printed line is a line of its own, as if running, with the printed lines it wraps onto when its
     * field {@code wraps} (same indent, no new item); the row's other lines before, between and after labelled
     * ones make one text each, their cells left to right as in a row.
     */
    private List<Line> rowLines(Row row, List<Pattern> wrapping, AnnexContent content, double right) {
        List<TextLine> inRow = row.cells().stream().flatMap(c -> c.lines().stream()).toList();
        if (inRow.stream().noneMatch(l -> isLabel(l.text()))) {
            return List.of(new Line(rowText(row, null, content), row.page(), row.region()));
        }
        List<List<TextLine>> printed = printedLines(inRow);
        List<Line> out = new ArrayList<>();
        Set<TextLine> other = new HashSet<>();
        for (int k = 0; k < printed.size(); k++) {
            TextLine line = merged(printed.get(k));
            if (!isLabel(line.text())) {
                other.addAll(printed.get(k));
                continue;
            }
            if (!other.isEmpty()) {
                out.add(new Line(rowText(row, other, content), row.page(), row.region()));
                other.clear();
            }
            List<TextLine> wrapped = new ArrayList<>(List.of(line));
            String first = line.text().trim();
            boolean wraps = wrapping.stream().anyMatch(p -> p.matcher(first).lookingAt());
            while (wraps && k + 1 < printed.size() && !isLabel(merged(printed.get(k + 1)).text())
                    && continues(wrapped, merged(printed.get(k + 1)), right)) {
                wrapped.add(merged(printed.get(++k)));
            }
            out.add(new Line(content.cleaner().join(wrapped.stream().map(TextLine::text).toList()), line.page(),
                    line.box()));
        }
        if (!other.isEmpty()) {
            out.add(new Line(rowText(row, other, content), row.page(), row.region()));
        }
        return out;
    }

    /** The texts of the row's cells left to right, each of its lines in {@code only} (all when null). */
    private static String rowText(Row row, @Nullable Set<TextLine> only, AnnexContent content) {
        List<String> cells = row.cells().stream()
                .map(c -> c.lines().stream().filter(l -> only == null || only.contains(l)).map(TextLine::text).toList())
                .map(content.cleaner()::join).filter(t -> !t.isEmpty()).toList();
        return String.join(" ", cells);
    }

    /** True when {@code text} (trimmed) starts with the label of one of the standard's fields. */
    private boolean isLabel(String text) {
        String t = text.trim();
        return labels.stream().anyMatch(p -> p.matcher(t).lookingAt());
    }

    /**
     * The lines of a row's cells grouped by printed line, top to bottom (by page, then top): lines of one
     * page whose tops lie within half a line's height of the first's, left to right.
     */
    private static List<List<TextLine>> printedLines(List<TextLine> lines) {
        List<TextLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingInt(TextLine::page).thenComparingDouble(TextLine::top));
        List<List<TextLine>> out = new ArrayList<>();
        for (TextLine l : sorted) {
            List<TextLine> last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && sameBaseline(last.get(0), l)) {
                last.add(l);
            } else {
                out.add(new ArrayList<>(List.of(l)));
            }
        }
        out.forEach(band -> band.sort(Comparator.comparingDouble(TextLine::x0)));
        return out;
    }

    /** True when {@code b} is printed on the same page and baseline as {@code a} (tops within half a height). */
    private static boolean sameBaseline(TextLine a, TextLine b) {
        double height = Math.min(a.bottom() - a.top(), b.bottom() - b.top());
        return a.page() == b.page() && Math.abs(a.top() - b.top()) <= height / 2;
    }

    /** The words of lines on one baseline as one line, left to right. */
    private static TextLine merged(List<TextLine> band) {
        if (band.size() == 1) {
            return band.get(0);
        }
        List<Word> words = new ArrayList<>();
        band.forEach(l -> words.addAll(l.words()));
        words.sort(Comparator.comparingDouble(Word::x0));
        return new TextLine(band.get(0).page(), words);
    }

    /** True when {@code next} is the wrapped rest of the last of {@code lines} (same indent, no new item). */
    private static boolean continues(List<TextLine> lines, TextLine next, double right) {
        TextLine last = lines.get(lines.size() - 1);
        if (Math.abs(next.x0() - lines.get(0).x0()) > INDENT || next.page() != last.page()) {
            return false;
        }
        return !ItemBreaks.of(List.of(lines.get(0), next), right).get(1) && !ItemBreaks.of(List.of(last, next), right).get(1);
    }

    private Read readStandard(List<Line> lines, Evidence.Builder evidence) {
        List<Field> fields = sheet.fields();
        Read read = new Read(fields);
        Field section = null;
        Map<String, Integer> adaElsewhere = new LinkedHashMap<>();
        for (Line line : lines) {
            String text = line.text().trim();
            boolean taken = false;
            boolean adaLine = false;
            for (int i = 0; i < fields.size() && !taken; i++) {
                Field f = fields.get(i);
                Matcher m = labels.get(i).matcher(text);
                if (f.keep() == Keep.FIRST && read.found(i) || !m.lookingAt()) {
                    continue;
                }
                taken = true;
                adaLine = f.type() == ValueType.ADA;
                read.find(i);
                if (f.below()) {
                    section = f;
                    evidence.labelled(pointer(f)).page(pointer(f), line.page());
                } else {
                    read.take(f, text.substring(m.end()), line, evidence);
                }
            }
            if (!taken && section != null && text.matches("^\\d.*")) {
                read.codes(section, text);
            }
            if (!adaLine) {
                CodeReader.ada(text).forEach(a -> adaElsewhere.putIfAbsent(a.code(), line.page()));
            }
        }
        doubtAdaElsewhere(read, adaElsewhere, evidence);
        return read;
    }

    /**
     * VALUE_DOUBTFUL on the AdA list when a line it did not come from names an AdA it lacks (a competence's
     * "Attività dell' AdA ADA.…", a table row that took an AdA line in with it): an AdA line of the page was
     * not read as one. Former codes ("ex ADA.…") of the AdAs read count as read.
     */
    private void doubtAdaElsewhere(Read read, Map<String, Integer> printed, Evidence.Builder evidence) {
        for (Field f : sheet.fields()) {
            if (f.type() != ValueType.ADA || f.pointer() == null) {
                continue;
            }
            Set<String> known = new HashSet<>();
            if (read.value(pointer(f)) instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof AdaCode a) {
                        known.add(a.code());
                        if (a.formerCode() != null) {
                            known.add(a.formerCode());
                        }
                    }
                }
            }
            printed.forEach((code, page) -> {
                if (!known.contains(code)) {
                    evidence.doubt(pointer(f), "the AdA lines, though " + code + " is printed in a line not read as one",
                            page);
                }
            });
        }
    }

    private List<Unit> readUnits(AnnexContent content, double right, Evidence.Builder evidence) {
        List<TextLine> lines = content.runningLines();
        List<Unit> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Matcher open = opens.matcher(lines.get(i).text().trim());
            if (!open.lookingAt()) {
                i++;
                continue;
            }
            String at = "/units/" + out.size();
            evidence.at(at, lines.get(i).box()).labelled(at + "/title");
            for (String cell : units.expected()) {
                evidence.expects(at + cell);
            }
            List<String> title = new ArrayList<>(List.of(lines.get(i).text().trim().substring(open.end())));
            int j = i + 1;
            while (j < lines.size() && !isUnitLabel(lines.get(j))) {
                title.add(lines.get(j++).text());
            }
            Read read = new Read(units.fields());
            while (j < lines.size() && !opens.matcher(lines.get(j).text().trim()).lookingAt()) {
                String text = lines.get(j).text().trim();
                int field = unitField(text, read);
                if (field < 0) {
                    if (isHeading(text)) {
                        break;
                    }
                    j++;
                    continue;
                }
                Field f = units.fields().get(field);
                read.find(field);
                if (f.type() == ValueType.KNOWN) {
                    j++;
                    continue;
                }
                evidence.labelled(at + f.pointer());
                if (f.below()) {
                    List<TextLine> list = list(lines, j + 1);
                    read.items(f, list, content, right);
                    j += 1 + list.size();
                } else {
                    Matcher m = unitLabels.get(field).matcher(text);
                    m.lookingAt();
                    read.put(f, text.substring(m.end()));
                    j++;
                }
            }
            String expected = read.text("/expectedResult");
            out.add(new Unit(out.size() + 1, units.kind(), content.cleaner().join(title),
                    (CompetenceUnitRef) read.value("/competenceUnit"), null, null, null, null, null,
                    expected == null ? null : expected.trim(), read.list("/knowledge"), read.list("/skills"), null));
            i = j;
        }
        return out;
    }

    /** The first field of the unit whose label starts {@code text} (a field kept first only once), or -1. */
    private int unitField(String text, Read read) {
        for (int i = 0; i < unitLabels.size(); i++) {
            if (!(units.fields().get(i).keep() == Keep.FIRST && read.found(i)) && unitLabels.get(i).matcher(text).lookingAt()) {
                return i;
            }
        }
        return -1;
    }

    /** A line that ends a unit's title: the label of a unit, or of one of its fields. */
    private boolean isUnitLabel(TextLine line) {
        String t = line.text().trim();
        return opens.matcher(t).lookingAt() || unitLabels.stream().anyMatch(p -> p.matcher(t).lookingAt());
    }

    /** A heading of the standard's: a table of codes below it. */
    private boolean isHeading(String text) {
        return isHeading(sheet.fields(), labels, text);
    }

    /** A heading of a unit's: a list below it. */
    private boolean isListHeading(String text) {
        return isHeading(units.fields(), unitLabels, text);
    }

    /** True when {@code text} starts with the label of one of {@code fields} declared {@code below}. */
    private static boolean isHeading(List<Field> fields, List<Pattern> labels, String text) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).below() && labels.get(i).matcher(text).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The lines of a list from {@code start}: indented at least as far as the first, up to a heading. */
    private List<TextLine> list(List<TextLine> lines, int start) {
        List<TextLine> out = new ArrayList<>();
        if (start >= lines.size()) {
            return out;
        }
        double indent = lines.get(start).x0();
        for (int k = start; k < lines.size(); k++) {
            TextLine l = lines.get(k);
            String t = l.text().trim();
            if (l.x0() < indent - INDENT || isListHeading(t) || opens.matcher(t).lookingAt() || isHeading(t)) {
                break;
            }
            out.add(l);
        }
        return out;
    }

    /** The line after the one {@code titleAfter} finds; else the largest line of the first page. */
    private String title(AnnexContent content, Evidence.Builder evidence) {
        List<TextLine> lines = content.runningLines();
        for (int i = 0; titleAfter != null && i + 1 < lines.size(); i++) {
            if (titleAfter.matcher(lines.get(i).text()).find()) {
                evidence.at("/title", lines.get(i + 1).box());
                return lines.get(i + 1).text().trim();
            }
        }
        return lines.stream().filter(l -> l.page() == content.part().pageStart())
                .max((a, b) -> Double.compare(a.fontSize(), b.fontSize())).map(l -> l.text().trim()).orElse("");
    }

    private static String pointer(Field f) {
        return Objects.requireNonNull(f.pointer(), "pointer");
    }

    /** What the lines of one scope (the standard, a unit) gave, by field and by pointer. */
    private static final class Read implements Values {
        private final List<Field> fields;
        private final boolean[] found;
        private final Map<String, Object> values = new HashMap<>();

        Read(List<Field> fields) {
            this.fields = fields;
            this.found = new boolean[fields.size()];
        }

        boolean found(int field) {
            return found[field];
        }

        void find(int field) {
            found[field] = true;
        }

        @Override
        public @Nullable Object value(String pointer) {
            return values.get(pointer);
        }

        /** A standard's field from the rest of its line. */
        void take(Field f, String value, Line line, Evidence.Builder evidence) {
            String pointer = pointer(f);
            switch (f.type()) {
                case EQF -> {
                    Integer level = EqfValue.read(value, pointer, line.box(), evidence);
                    if (level != null) {
                        values.put(pointer, level);
                    }
                    return;
                }
                case SECTOR -> putIfValue(pointer, CodeReader.sector(value));
                case CODE -> putIfValue(pointer, CodeReader.leadingCode(value));
                case TEXT -> put(f, value);
                case KNOWN -> {
                    return;
                }
                default -> codes(f, value);
            }
            evidence.labelled(pointer).page(pointer, line.page());
        }

        private void putIfValue(String pointer, @Nullable Object value) {
            if (value != null) {
                values.put(pointer, value);
            }
        }

        /** A line's text or competence unit (a field kept first is only read once; others replace). */
        void put(Field f, String value) {
            putIfValue(pointer(f), f.type() == ValueType.COMPETENCE_UNIT ? CodeReader.competenceUnit(value) : value);
        }

        /** The codes of {@code text} for code field {@code f}, added as it keeps them. */
        @SuppressWarnings("unchecked")
        void codes(Field f, String text) {
            List<?> more = switch (f.type()) {
                case ADA -> CodeReader.ada(text);
                case ISTAT -> CodeReader.istat(text);
                case ATECO -> CodeReader.ateco(text);
                case ISCED -> CodeReader.isced(text);
                default -> throw new IllegalStateException("not codes: " + f.type());
            };
            List<Object> list = (List<Object>) values.get(pointer(f));
            if (list == null || f.keep() == Keep.FIRST || f.keep() == Keep.LAST) {
                list = new ArrayList<>();
                values.put(pointer(f), list);
            }
            SheetValues.addAll(list, more, f.keep());
        }

        /** The items of a list of running lines, which wrap at the widest running line of the annex. */
        @SuppressWarnings("unchecked")
        void items(Field f, List<TextLine> lines, AnnexContent content, double right) {
            List<String> items = content.splitter().split(lines.stream().map(TextLine::text).toList(),
                    ItemBreaks.of(lines, right));
            List<String> list = (List<String>) values.get(pointer(f));
            if (list == null || f.keep() != Keep.ALL) {
                list = new ArrayList<>();
                values.put(pointer(f), list);
            }
            list.addAll(items);
        }
    }
}
