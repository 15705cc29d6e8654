package it.determina.family;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import it.determina.model.Kind;
import it.determina.model.UnitKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A family declared as data: one YAML resource under {@code /families/} (see the README, "Add a family").
 * Labels are regular expressions over a label's comparable form ({@link Labels#key}: lower case, no accents,
 * letters and digits only), matched at its start; pointers are JSON pointers of contract v1 (of the standard,
 * or of a unit for a unit's fields). Fields are tried in the order written, the first matching label wins.
 *
 * @param name        the family's stable name, e.g. "campania-standard"
 * @param kind        what its standards are
 * @param recognition labels of which one row at least marks an annex of the family
 * @param fields      the standard's rows
 * @param expected    pointers every standard of the family prints (the self-checks of issue 11)
 * @param rowLabels   labels that, found after the start of another label, show rows run together into one
 * @param unitList    the row listing the units' titles (a second spelling of each), or null
 * @param units       how units are delimited and what each holds, or null
 * @param unitTable   the columns of a table of units (one row per unit), or null
 * @param lines       present where the annex is a running page read line by line ({@link Lines}), not
 *                    key/value rows; null otherwise
 */
public record FamilySheet(String name, Kind kind, Recognition recognition, List<Field> fields, List<String> expected,
                          List<String> rowLabels, @Nullable UnitList unitList, @Nullable Units units,
                          @Nullable UnitTable unitTable, @Nullable Lines lines) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public FamilySheet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        recognition = recognition == null ? new Recognition(List.of(), List.of()) : recognition;
        fields = fields == null ? List.of() : List.copyOf(fields);
        expected = expected == null ? List.of() : List.copyOf(expected);
        rowLabels = rowLabels == null ? List.of() : List.copyOf(rowLabels);
        if (lines != null) {
            Lines.check(fields, units);
        } else if (Stream.concat(fields.stream(), units == null ? Stream.empty() : units.fields().stream())
                .anyMatch(f -> f.below() || f.wraps())) {
            throw new IllegalArgumentException("'below' and 'wraps' are for a family read from lines");
        }
    }

    /** The marks of a family: row labels (comparable form, at its start), or text found anywhere in the comparable form of a line. */
    public record Recognition(List<String> labels, List<String> text) {
        public Recognition {
            labels = labels == null ? List.of() : List.copyOf(labels);
            text = text == null ? List.of() : List.copyOf(text);
        }
    }

    /**
     * One canonical field and the labels of its row; {@code pointer} may be left out for a {@code known} label.
     *
     * @param keep      {@code first}: only the first row with a value counts, later rows fall through to the
     *                  next field; {@code last}: each row replaces; {@code all}: rows add up. Default: {@code all}
     *                  for lists and codes, {@code last} otherwise; figures always keep the first number read
     * @param breaks    for items: {@code layout} (where lines end, {@link ItemBreaks}) or {@code markers} only
     * @param group     fields printed all together or not at all: where one is found, all are expected
     * @param repeated  the row is printed again on each page (a running first row): found inside a unit, it is
     *                  unread text of that unit only where its value differs from the standard's
     * @param furniture a case-insensitive regex whose group 1 is the value where the row was set apart with the
     *                  page furniture (a first row repeated on every page, taken for a running header)
     * @param below     (a family read from {@link Lines}) the label is a heading over the value: of the standard,
     *                  a table of codes; of a unit, an indented list
     * @param wraps     (a family read from {@link Lines}) the value runs on over the lines wrapped under its line
     */
    public record Field(@Nullable String pointer, List<String> labels, ValueType type, Keep keep,
                        Breaks breaks, @Nullable String group, boolean repeated, @Nullable String furniture,
                        boolean below, boolean wraps) {
        public Field {
            Objects.requireNonNull(type, "type of " + pointer);
            if (type != ValueType.KNOWN) {
                Objects.requireNonNull(pointer, "pointer of a field of type " + type);
            }
            labels = List.copyOf(Objects.requireNonNull(labels, "labels of " + pointer));
            keep = keep != null ? keep : type == ValueType.ITEMS || type == ValueType.ATTENDANCE || type.isCodes()
                    ? Keep.ALL : Keep.LAST;
            breaks = breaks == null ? Breaks.LAYOUT : breaks;
        }

        Pattern label() {
            return anyOf(labels);
        }
    }

    /** How rows of one field add up; {@code unique}: as {@code all}, a code already read is not added again. */
    public enum Keep {
        FIRST, LAST, ALL, UNIQUE;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Where the items of a list start. */
    public enum Breaks {
        LAYOUT, MARKERS;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The row listing the units' titles. With {@code until}, the rows without value after it continue the
     * list (one title each) up to a label matching {@code until} anywhere, and items start at markers only;
     * without, the list is the row's value, items starting where lines end ({@link ItemBreaks}).
     *
     * @param where how the evidence names the list ("the ELENCO DELLE UNITA' FORMATIVE")
     */
    public record UnitList(List<String> labels, @Nullable String until, String where) {
        public UnitList {
            labels = List.copyOf(labels);
            Objects.requireNonNull(where, "where");
        }
    }

    /**
     * How units are delimited: a row whose label matches {@code opens} starts one, its value the title.
     *
     * @param caption       a caption row before a unit ("DETTAGLIO UNITA' FORMATIVA n.1"), group 1 the unit's
     *                      number; inside a unit such rows are skipped
     * @param heading       a case-insensitive regex over a heading printed across the row ("Denominazione
     *                      dell'Unità di Competenza 1) Gestire ..."): group 1 the number, group 2 the title; a row
     *                      cut at the column edge into label and value that reads as such a heading is one
     * @param numberedTitle a title value opening with its number ("2) Gestire ...") gives the number
     * @param expected      pointers (within the unit) every unit prints
     * @param fields        the unit's rows
     */
    public record Units(UnitKind kind, List<String> opens, @Nullable String caption, @Nullable String heading,
                        boolean numberedTitle, List<String> expected, List<Field> fields) {
        public Units {
            Objects.requireNonNull(kind, "kind");
            opens = List.copyOf(opens);
            expected = expected == null ? List.of() : List.copyOf(expected);
            fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }

    /**
     * A family whose annex is a running page read line by line (the Atlante del Lavoro's), not key/value rows;
     * see {@link LineSheet} for the reading. A field's labels are then regexes over a line's text as printed
     * (trimmed), matched at its start, and the rest of the line is its value; such a family is recognised by
     * its {@code recognition} text together with a running line that opens a unit. Its standard's fields hold
     * codes, a sector, an EQF level or text, and a field {@code below} a heading over a table of codes; its
     * units' fields text, or items {@code below} a heading.
     *
     * @param titleAfter a regex found in the running line printed just above the standard's title (a
     *                   breadcrumb); without it, or where no line matches, the title is the largest line of
     *                   the first page
     */
    public record Lines(@Nullable String titleAfter) {

        private static final Set<ValueType> STANDARD = EnumSet.of(ValueType.SECTOR, ValueType.EQF,
                ValueType.ADA, ValueType.ISTAT, ValueType.ATECO, ValueType.ISCED, ValueType.CODE, ValueType.TEXT,
                ValueType.KNOWN);
        private static final Set<ValueType> UNIT = EnumSet.of(ValueType.TEXT, ValueType.ITEMS,
                ValueType.COMPETENCE_UNIT, ValueType.KNOWN);

        /** Fails on what a family read from lines cannot read: no units, a type or a heading it does not know. */
        static void check(List<Field> fields, @Nullable Units units) {
            if (units == null || units.opens().isEmpty()) {
                throw new IllegalArgumentException("a family read from lines declares the label that opens a unit");
            }
            for (Field f : fields) {
                if (!STANDARD.contains(f.type()) || f.below() && !f.type().isCodes()) {
                    throw new IllegalArgumentException("a standard's field read from lines cannot be " + f.type()
                            + (f.below() ? " below a heading" : ""));
                }
            }
            for (Field f : units.fields()) {
                if (!UNIT.contains(f.type()) || f.below() != (f.type() == ValueType.ITEMS) || f.wraps()) {
                    throw new IllegalArgumentException("a unit's field read from lines is items below a heading, or "
                            + UNIT + " on its line; not " + f.type());
                }
            }
        }
    }

    /**
     * A table of units, one row per unit, its columns found by their header text (order and extra columns do
     * not matter). Each column names the unit field it fills ({@code /number}, {@code /title}, {@code /minHours},
     * {@code /distanceMaxHours}, {@code /credit}, or {@code /contents}: knowledge and skills under their
     * sub-headings); header cells are tried against the columns in the order written.
     *
     * @param headerWords further words of a header wrapped over lines ("minima (ore)")
     */
    public record UnitTable(List<Column> columns, List<String> headerWords) {
        public UnitTable {
            columns = List.copyOf(columns);
            headerWords = headerWords == null ? List.of() : List.copyOf(headerWords);
        }
    }

    /** One column of a unit table; its labels are matched anywhere in the header cell's comparable form. */
    public record Column(String pointer, List<String> labels) {
        public Column {
            Objects.requireNonNull(pointer, "pointer");
            labels = List.copyOf(labels);
        }

        Pattern label() {
            return anyOf(labels);
        }
    }

    /** Every regular expression the declaration holds, so that a bad one fails its loading. */
    private List<String> patterns() {
        List<String> out = new java.util.ArrayList<>(recognition.labels());
        out.addAll(recognition.text());
        out.addAll(rowLabels);
        fields.forEach(f -> out.addAll(f.labels()));
        fields.stream().map(Field::furniture).filter(Objects::nonNull).forEach(out::add);
        if (unitList != null) {
            out.addAll(unitList.labels());
            if (unitList.until() != null) {
                out.add(unitList.until());
            }
        }
        if (units != null) {
            out.addAll(units.opens());
            units.fields().forEach(f -> out.addAll(f.labels()));
            java.util.stream.Stream.of(units.caption(), units.heading()).filter(Objects::nonNull).forEach(out::add);
        }
        if (unitTable != null) {
            unitTable.columns().forEach(c -> out.addAll(c.labels()));
            out.addAll(unitTable.headerWords());
        }
        if (lines != null && lines.titleAfter() != null) {
            out.add(lines.titleAfter());
        }
        return out;
    }

    /** One pattern matching any of {@code labels}. */
    public static Pattern anyOf(List<String> labels) {
        return Pattern.compile(String.join("|", labels.stream().map(l -> "(?:" + l + ")").toList()));
    }

    /**
     * Reads the family declared in resource {@code /families/<file>} (read with Jackson's YAML reader: the
 * one place outside {@code output} and {@code camel} that uses Jackson, to read declarations, not documents).
     *
     * @throws IllegalStateException when the resource is missing or not a valid declaration (a build error,
     *                               named with the file and the cause)
     */
    public static FamilySheet load(String file) {
        String path = "/families/" + file;
        if (FamilySheet.class.getResource(path) == null) {
            throw new IllegalStateException("family resource " + path + " not found");
        }
        try (InputStream in = Objects.requireNonNull(FamilySheet.class.getResourceAsStream(path))) {
            FamilySheet sheet = YAML.readValue(in, FamilySheet.class);
            sheet.patterns().forEach(Pattern::compile);
            return sheet;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("family resource " + path + " is not a valid declaration: " + e.getMessage(), e);
        }
    }
}
