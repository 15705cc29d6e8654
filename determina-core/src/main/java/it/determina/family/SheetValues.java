package it.determina.family;

import it.determina.family.FamilySheet.Field;
import it.determina.family.FamilySheet.Keep;
import it.determina.layout.TextLine;
import it.determina.model.AdaCode;
import it.determina.model.Code;
import it.determina.model.YearHours;
import it.determina.normalize.Figures;
import it.determina.normalize.Reading;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The values of one scope (a standard, or one of its units) read row by row into the fields a family
 * declares ({@link FamilySheet.Field}), with what the reading shows recorded in the evidence: where each
 * value is printed, figures labelled but empty ({@link Evidence.Builder#missing}), labels found. In a unit,
 * a field's evidence is kept under the unit's cell (the first step of its pointer: {@code /evaluation} for
 * {@code /evaluation/indicators}), as the unit's expected cells name them.
 */
final class SheetValues implements Values {

    /** What {@link #read} returns for a row it took that fills no field (a known label, a table's header). */
    static final String NO_FIELD = "";
    // "3 anni", "2"
    static final Pattern YEARS_COUNT = Pattern.compile("^(\\d{1,2})\\b");

    private final List<Field> fields;
    private final List<Pattern> labels = new ArrayList<>();
    private final List<Slot> slots = new ArrayList<>();
    private final String at;
    private final boolean inUnit;
    private final AnnexContent content;
    private final Evidence.Builder evidence;
    private final Set<String> labelled = new HashSet<>();
    private final YearTable years = new YearTable();
    private boolean inYears;

    /** Values of the fields {@code fields}, for the standard ({@code at} "") or the unit at {@code at} ("/units/2"). */
    SheetValues(List<Field> fields, String at, AnnexContent content, Evidence.Builder evidence) {
        this.fields = fields;
        this.at = at;
        this.inUnit = !at.isEmpty();
        this.content = content;
        this.evidence = evidence;
        for (Field f : fields) {
            labels.add(f.label());
            slots.add(new Slot());
        }
    }

    /**
     * Reads one row: the pointer of the field it filled (its label found, whatever its value), {@link #NO_FIELD}
     * when taken by no field, or null when no label of the scope claims it. {@code key} is the label's
     * comparable form.
     */
    @Nullable String read(Entry e, String key) {
        if (inYears) {
            if (years.read(e, content, evidence)) {
                return NO_FIELD;
            }
            inYears = false;
        }
        String value = content.cleaner().join(e.valueLines());
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            Slot slot = slots.get(i);
            if (!labels.get(i).matcher(key).lookingAt() || (f.keep() == Keep.FIRST && slot.hasValue())) {
                continue;
            }
            switch (f.type()) {
                case YEAR_TABLE -> {
                    if (!YearTable.isHeader(e)) {
                        continue;
                    }
                    inYears = true;
                    evidence.at(Objects.requireNonNull(f.pointer()), e.box());
                    return NO_FIELD;
                }
                case YEARS_COUNT -> {
                    if (!YEARS_COUNT.matcher(value).find()) {
                        evidence.missing(Objects.requireNonNull(f.pointer()), e.label(), value, e.box());
                    }
                    return null;
                }
                case KNOWN -> {
                    return NO_FIELD;
                }
                default -> {
                    labelled.add(f.pointer());
                    take(f, slot, e, value);
                    return at + f.pointer();
                }
            }
        }
        return null;
    }

    private void take(Field f, Slot slot, Entry e, String value) {
        String pointer = Objects.requireNonNull(f.pointer());
        String cell = at + (inUnit ? firstStep(pointer) : pointer);
        if (f.type().isFigure()) {
            Reading r = f.type() == ValueType.PERCENT ? Figures.parsePercent(value) : Figures.parseHours(value);
            if (r.isMissing()) {
                evidence.missing(cell, e.label(), r.raw(), e.box());
            } else {
                evidence.at(cell, e.box());
                slot.value = slot.value == null ? r.value() : slot.value;
            }
            return;
        }
        if (f.type() == ValueType.EQF) {
            slot.value = EqfValue.read(value, cell, e, evidence);
        } else if (f.type() == ValueType.CODE) {
            String code = CodeReader.leadingCode(value);
            slot.value = code;
            if (code != null && !code.equals(value.trim())) {
                evidence.doubt(cell, "a code followed by more text (\"" + value + "\")", e.page());
            }
        } else if (f.type() == ValueType.TEXT || f.type() == ValueType.ITEMS) {
            if (f.keep() != Keep.ALL) {
                slot.lines.clear();
                slot.starts.clear();
            }
            slot.lines.addAll(e.value());
            slot.starts.addAll(e.itemStarts());
        } else {
            slot.take(f, value);
        }
        if (inUnit) {
            evidence.labelled(cell);
        } else {
            evidence.at(cell, e.box());
        }
    }

    /** "/evaluation" of "/evaluation/indicators". */
    private static String firstStep(String pointer) {
        int slash = pointer.indexOf('/', 1);
        return slash < 0 ? pointer : pointer.substring(0, slash);
    }

    /** True when the label of a field at {@code pointer} was found (whatever its value). */
    boolean isLabelled(String pointer) {
        return labelled.contains(pointer);
    }

    /**
     * The pointers of the fields of each group one field of which was found: printed all together or not at
     * all, they are all expected then.
     */
    List<String> groupsFound() {
        Set<String> groups = new LinkedHashSet<>();
        fields.stream().filter(f -> f.group() != null && labelled.contains(f.pointer())).forEach(f -> groups.add(f.group()));
        List<String> out = new ArrayList<>();
        fields.stream().filter(f -> f.group() != null && groups.contains(f.group())).forEach(f -> out.add(f.pointer()));
        return out;
    }

    /**
     * The value of {@code pointer}: of the first field declared for it that has one, lists joined over
     * its fields; null (an empty list for lists) when none has.
     */
    @Override
    public @Nullable Object value(String pointer) {
        List<Object> list = null;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!pointer.equals(f.pointer())) {
                continue;
            }
            Object v = slots.get(i).result(f, content);
            if (v instanceof List<?> l) {
                list = list == null ? new ArrayList<>() : list;
                list.addAll(l);
            } else if (v != null) {
                return v;
            }
        }
        return list;
    }

    List<YearHours> years() {
        return years.years();
    }

    /**
     * Fills a field declared with a {@code furniture} pattern and left without value from the page furniture,
     * where its row, repeated on every page, was taken for a running header.
     */
    void fillFromFurniture() {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (f.furniture() == null || slots.get(i).result(f, content) != null) {
                continue;
            }
            Pattern p = Pattern.compile("(?i)" + f.furniture());
            for (TextLine l : content.furniture()) {
                Matcher m = p.matcher(l.text().trim());
                if (m.matches()) {
                    slots.get(i).value = m.group(1).trim();
                    break;
                }
            }
        }
    }

    /** Adds {@code more} to {@code list}; with {@link Keep#UNIQUE}, only the codes not in it yet (the first title kept). */
    static void addAll(List<Object> list, List<?> more, Keep keep) {
        for (Object o : more) {
            if (keep != Keep.UNIQUE || list.stream().noneMatch(x -> codeOf(x).equals(codeOf(o)))) {
                list.add(o);
            }
        }
    }

    private static Object codeOf(Object o) {
        return o instanceof AdaCode a ? a.code() : o instanceof Code c ? c.code() : o;
    }

    /** What the rows of one field gave. */
    private static final class Slot {
        final List<TextLine> lines = new ArrayList<>();
        final List<Boolean> starts = new ArrayList<>();
        @Nullable Object value;

        void take(Field f, String value) {
            switch (f.type()) {
                case SECTOR -> this.value = CodeReader.sector(value);
                case COMPETENCE_UNIT -> this.value = CodeReader.competenceUnit(value);
                case ADA -> add(f, CodeReader.ada(value));
                case ISTAT -> add(f, CodeReader.istat(value));
                case ATECO -> add(f, CodeReader.ateco(value));
                case ISCED -> add(f, CodeReader.isced(value));
                case ATTENDANCE -> add(f, AttendanceReader.minimums(value));
                default -> throw new IllegalStateException("no reading for " + f.type());
            }
        }

        @SuppressWarnings("unchecked")
        private void add(Field f, List<?> more) {
            boolean adds = f.keep() == Keep.ALL || f.keep() == Keep.UNIQUE;
            List<Object> list = value == null || !adds ? new ArrayList<>() : (List<Object>) value;
            addAll(list, more, f.keep());
            value = list;
        }

        boolean hasValue() {
            return value != null || !lines.isEmpty() && !String.join("", lines.stream().map(TextLine::text).toList()).isBlank();
        }

        @Nullable Object result(Field f, AnnexContent content) {
            if (f.type() == ValueType.TEXT) {
                if (value != null) {
                    return value;
                }
                String t = content.cleaner().join(lines.stream().map(TextLine::text).toList());
                return t.isEmpty() ? null : t;
            }
            if (f.type() == ValueType.ITEMS) {
                List<String> texts = lines.stream().map(TextLine::text).toList();
                return f.breaks() == FamilySheet.Breaks.MARKERS ? content.splitter().split(texts)
                        : content.splitter().split(texts, starts);
            }
            return value;
        }
    }
}
