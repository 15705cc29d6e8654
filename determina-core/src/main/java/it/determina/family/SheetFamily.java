package it.determina.family;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.determina.model.CompetenceUnitRef;
import it.determina.model.Evaluation;
import it.determina.model.Unit;
import it.determina.normalize.TextCleaner;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A key/value family declared as data ({@link FamilySheet}): reads the annex's key/value rows
 * ({@link KeyValueReader}) in order. Rows before the first unit fill the standard's fields; a row whose
 * label opens a unit starts one, and the rows after it fill that unit's fields. A row no label claims is
 * recorded as unread text where it holds content ({@link UnreadEntries}): of the field the row above filled
 * (a value continued in the label column), or of the unit. A family declared with {@code lines} (a running
 * page) is read line by line instead ({@link LineSheet}). Stateless: one instance serves every annex.
 */
public final class SheetFamily implements DocumentFamily {

    private final FamilySheet sheet;
    private final Pattern marks;
    private final Pattern textMarks;
    private final List<Pattern> rowLabels;
    private final @Nullable Pattern opens;
    private final @Nullable Pattern caption;
    private final @Nullable Pattern heading;
    private final @Nullable Pattern listLabel;
    private final @Nullable Pattern listUntil;
    /** The reading of a family declared with {@code lines}, which replaces the key/value one; null for the others. */
    private final @Nullable LineSheet lines;
    // "2) Gestire il servizio di accoglienza e assistenza clienti da remoto"
    static final Pattern NUMBERED_TITLE = Pattern.compile("^(\\d{1,2})\\s*[).:\\-–]\\s*(\\S.*)$");

    public SheetFamily(FamilySheet sheet) {
        this.sheet = Objects.requireNonNull(sheet, "sheet");
        this.marks = FamilySheet.anyOf(sheet.recognition().labels());
        this.textMarks = FamilySheet.anyOf(sheet.recognition().text());
        this.rowLabels = sheet.rowLabels().stream().map(Pattern::compile).toList();
        FamilySheet.Units u = sheet.units();
        this.opens = u == null ? null : FamilySheet.anyOf(u.opens());
        this.caption = u == null || u.caption() == null ? null : Pattern.compile(u.caption());
        this.heading = u == null || u.heading() == null ? null : Pattern.compile("(?i)" + u.heading());
        FamilySheet.UnitList list = sheet.unitList();
        this.listLabel = list == null ? null : FamilySheet.anyOf(list.labels());
        this.listUntil = list == null || list.until() == null ? null : Pattern.compile(list.until());
        this.lines = sheet.lines() == null ? null : new LineSheet(sheet);
    }

    /** The family declared in resource {@code /families/<file>}; see {@link FamilySheet#load}. */
    public static SheetFamily of(String file) {
        return new SheetFamily(FamilySheet.load(file));
    }

    @Override
    public String name() {
        return sheet.name();
    }

    @Override
    public boolean recognises(AnnexContent content) {
        if (lines != null) {
            return lines.recognises(content);
        }
        boolean text = !sheet.recognition().text().isEmpty()
                && content.textWithFurniture().stream().anyMatch(l -> textMarks.matcher(Labels.key(l)).find());
        return text || !sheet.recognition().labels().isEmpty()
                && KeyValueReader.entries(content).stream().anyMatch(e -> Labels.is(e.label(), marks));
    }

    @Override
    public StandardDraft parse(AnnexContent content) {
        if (lines != null) {
            return lines.parse(content);
        }
        Evidence.Builder evidence = new Evidence.Builder().page("", content.part().pageStart());
        Parse r = new Parse(content, evidence);
        for (Entry raw : KeyValueReader.entries(content)) {
            r.accept(headingAcross(raw, content));
        }
        r.closeUnit();
        r.standard.fillFromFurniture();
        List<String> listed = r.listed();
        for (int i = 0; i < r.units.size() && i < listed.size(); i++) {
            evidence.altTitle(i, listed.get(i), r.listPage);
        }
        if (!listed.isEmpty()) {
            evidence.listed(listed.size(), Objects.requireNonNull(sheet.unitList()).where(), r.listPage);
        }
        evidence.expects(sheet.expected().toArray(String[]::new));
        evidence.expects(r.standard.groupsFound().toArray(String[]::new));
        expectRowsOfMostUnits(r.units, evidence);
        SheetValues v = r.standard;
        String title = v.text("/title");
        return new StandardDraft(sheet.kind(), RegionFinder.find(content.textWithFurniture(), content.actRegion()),
                title == null ? "" : title, (Integer) v.value("/eqfLevel"), v.text("/description"),
                CanonicalParts.classification(v), CanonicalParts.duration(v),
                CanonicalParts.attendance(v), null, v.list("/entryRequirements"), r.units,
                evidence.build());
    }

    /**
     * Every unit sheet of a standard is printed from one template: a row (its hours, its expected result)
     * that most units give a value, two at least, every unit prints, so where one came out without it, its
     * row was missed (run into the one above, cut by the page break) rather than absent.
     */
    private void expectRowsOfMostUnits(List<Unit> units, Evidence.Builder evidence) {
        if (sheet.units() == null) {
            return;
        }
        List<JsonNode> read = units.stream().map(u -> (JsonNode) UNITS.valueToTree(u)).toList();
        // a unit cell is a unit's own field: "/evaluation" for "/evaluation/indicators"
        Set<String> cells = new LinkedHashSet<>();
        for (FamilySheet.Field f : sheet.units().fields()) {
            if (f.pointer() != null) {
                int slash = f.pointer().indexOf('/', 1);
                cells.add(slash < 0 ? f.pointer() : f.pointer().substring(0, slash));
            }
        }
        for (String cell : cells) {
            long with = read.stream().filter(u -> hasValue(u.at(cell))).count();
            if (with >= 2 && with * 2 > units.size()) {
                for (int i = 0; i < units.size(); i++) {
                    evidence.expects("/units/" + i + cell);
                }
            }
        }
    }

    private static final ObjectMapper UNITS = new ObjectMapper();

    private static boolean hasValue(JsonNode n) {
        return !n.isMissingNode() && !n.isNull() && !(n.isContainerNode() && n.isEmpty()) && !(n.isTextual() && n.asText().isBlank());
    }

    /** One parse: where it is (standard, unit list, a unit) and what it has read. */
    private final class Parse {
        final AnnexContent content;
        final Evidence.Builder evidence;
        final SheetValues standard;
        final List<Unit> units = new ArrayList<>();
        final List<String> listLines = new ArrayList<>();
        final List<Boolean> listStarts = new ArrayList<>();
        int listPage;
        boolean inList;
        @Nullable OpenUnit unit;
        @Nullable Integer captionNumber;
        /** The field the last row filled, where content continuing it belongs; null before the first and after an unmapped row. */
        @Nullable String lastRead;

        Parse(AnnexContent content, Evidence.Builder evidence) {
            this.content = content;
            this.evidence = evidence;
            this.standard = new SheetValues(sheet.fields(), "", content, evidence);
        }

        void accept(Entry e) {
            String key = Labels.key(e.label());
            Matcher c = caption == null ? null : caption.matcher(key);
            boolean isCaption = c != null && c.lookingAt();
            if (c != null && isCaption && c.groupCount() >= 1 && c.group(1) != null) {
                captionNumber = Integer.parseInt(c.group(1));
            }
            if (opens != null && opens.matcher(key).lookingAt()) {
                closeUnit();
                unit = open(e);
                captionNumber = null;
            } else if (unit != null) {
                if (!isCaption) {
                    unit.accept(e, key);
                }
            } else {
                acceptStandard(e, key);
            }
        }

        private void acceptStandard(Entry e, String key) {
            if (inList && !e.hasValue() && !Objects.requireNonNull(listUntil).matcher(key).find()) {
                listLines.add(e.label());
                return;
            }
            inList = false;
            if (listLabel != null && listLabel.matcher(key).lookingAt()) {
                inList = listUntil != null;
                listPage = e.page();
                if (listUntil == null) {
                    listLines.clear();
                    listStarts.clear();
                    listStarts.addAll(e.itemStarts());
                }
                listLines.addAll(e.valueLines());
                lastRead = null;
                return;
            }
            String read = standard.read(e, key);
            if (read != null && !read.isEmpty() && runsRowsTogether(key)) {
                evidence.doubt(read, "a row whose label runs the labels of several rows together (\"" + e.label() + "\")",
                        e.page());
            }
            if (read != null) {
                lastRead = read.isEmpty() ? null : read;
            } else if (!UnreadEntries.isContent(e)) {
                lastRead = null;
            } else if (lastRead != null) {
                evidence.unread(lastRead, UnreadEntries.text(e, content), e.page());
            }
        }

        List<String> listed() {
            return listUntil != null || listStarts.size() != listLines.size() ? content.splitter().split(listLines)
                    : content.splitter().split(listLines, listStarts);
        }

        private OpenUnit open(Entry e) {
            FamilySheet.Units u = Objects.requireNonNull(sheet.units());
            int index = units.size();
            String at = "/units/" + index;
            evidence.at(at, e.box()).labelled(at + "/title");
            for (String cell : u.expected()) {
                evidence.expects(at + cell);
            }
            Matcher m = heading == null ? null : heading.matcher(e.label().trim());
            MatchResult headed = m != null && m.matches() ? m.toMatchResult() : null;
            int number = captionNumber != null ? captionNumber
                    : headed != null && headed.group(1) != null ? Integer.parseInt(headed.group(1)) : index + 1;
            // a heading whose title starts in the label column runs on into the value column (cut at its edge)
            String title = headed != null && !headed.group(2).isBlank() && e.hasValue()
                    ? headed.group(2).trim() + " " + content.cleaner().join(e.valueLines())
                    : e.hasValue() ? content.cleaner().join(e.valueLines())
                    : headed != null ? headed.group(2).trim() : heading != null ? e.label() : "";
            Matcher numbered = NUMBERED_TITLE.matcher(title);
            if (u.numberedTitle() && e.hasValue() && numbered.matches()) {
                number = headed != null && headed.group(1) != null ? number : Integer.parseInt(numbered.group(1));
                title = numbered.group(2).trim();
            }
            return new OpenUnit(number, title, new SheetValues(u.fields(), at, content, evidence));
        }

        void closeUnit() {
            if (unit != null) {
                units.add(unit.build(Objects.requireNonNull(sheet.units())));
                unit = null;
            }
        }

        /** One unit being read. */
        private final class OpenUnit {
            final int number;
            final String title;
            final SheetValues values;
            final String at;

            OpenUnit(int number, String title, SheetValues values) {
                this.number = number;
                this.title = title;
                this.values = values;
                this.at = "/units/" + units.size();
            }

            /**
             * Takes one row of the unit; a row no label of a unit claims is unread text of the unit where it
             * holds content, or where it is the standard's repeated row carrying more than the standard's value.
             */
            void accept(Entry e, String key) {
                if (values.read(e, key) != null) {
                    return;
                }
                FamilySheet.Field repeated = sheet.fields().stream()
                        .filter(f -> f.repeated() && f.label().matcher(key).lookingAt()).findFirst().orElse(null);
                if (repeated != null) {
                    String value = content.cleaner().join(e.valueLines());
                    String standardValue = repeated.pointer() == null ? null : standard.text(repeated.pointer());
                    if (standardValue != null && !TextCleaner.comparable(value).equals(TextCleaner.comparable(standardValue))) {
                        evidence.unread(at, value, e.page());
                    }
                } else if (UnreadEntries.isContent(e)) {
                    evidence.unread(at, UnreadEntries.text(e, content), e.page());
                }
            }

            Unit build(FamilySheet.Units u) {
                String indicators = values.text("/evaluation/indicators");
                String minimum = values.text("/evaluation/minimumPerformance");
                Evaluation evaluation = indicators == null && minimum == null ? null : new Evaluation(indicators, minimum);
                return new Unit(number, u.kind(), title, (CompetenceUnitRef) values.value("/competenceUnit"),
                        values.number("/minHours"), values.number("/distanceMaxHours"),
                        values.number("/distanceMaxPercent"), values.number("/hoursVariationPercent"), null,
                        values.text("/expectedResult"), values.list("/knowledge"), values.list("/skills"), evaluation);
            }
        }
    }

    /** True when a row label other than the one {@code key} starts with appears later in it. */
    private boolean runsRowsTogether(String key) {
        return rowLabels.stream().anyMatch(label -> label.matcher(key).find(1));
    }

    /**
     * The entry as one heading when a unit heading printed across the row was cut at the column edge into a
     * label ("Denominazione dell'Unità di") and a value ("Competenza 1) Preparare ..."): the label and the
     * value read together as a numbered heading. Any other entry is returned as it is.
     */
    private Entry headingAcross(Entry e, AnnexContent content) {
        if (heading == null || opens == null || !e.hasValue() || Labels.is(e.label(), opens)) {
            return e;
        }
        String joined = e.label().trim() + " " + content.cleaner().join(e.valueLines());
        Matcher m = heading.matcher(joined.trim());
        if (!m.matches() || m.group(1) == null || m.group(2).isBlank()) {
            return e;
        }
        return new Entry(joined, List.of(), e.page(), e.row(), e.valueRight(), e.box());
    }
}
