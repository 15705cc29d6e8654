package it.determina.family.profile;

import it.determina.family.AnnexContent;
import it.determina.family.CodeReader;
import it.determina.family.DocumentFamily;
import it.determina.family.Entry;
import it.determina.family.EqfValue;
import it.determina.family.Evidence;
import it.determina.family.KeyValueReader;
import it.determina.family.Labels;
import it.determina.family.RegionFinder;
import it.determina.family.StandardDraft;
import it.determina.family.UnreadEntries;
import it.determina.model.AdaCode;
import it.determina.model.Classification;
import it.determina.model.Code;
import it.determina.model.Kind;
import it.determina.model.Sector;
import it.determina.model.Unit;
import it.determina.normalize.TextCleaner;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A professional profile (Lazio-style repertory): a key/value table for the profile, then one group
 * of rows per competence unit, each opened by "Denominazione dell'Unità di Competenza 1) ...".
 */
public final class ProfileFamily implements DocumentFamily {

    static final Pattern PROFILE_NAME = Pattern.compile("denominazionedelprofilo");
    static final Pattern PROFILE_DESCRIPTION = Pattern.compile("descrizionedelprofilo");
    static final Pattern SECTOR = Pattern.compile("settoreeconomico");
    static final Pattern ADA = Pattern.compile("(ada|areadiattivita|areedattivita)(associat\\w*)?$");
    static final Pattern EQF = Pattern.compile("livelloeqf");
    static final Pattern ISTAT = Pattern.compile("(codiceunivoco)?istat|referenziazioneistat|cp2011");
    static final Pattern ATECO = Pattern.compile("(referenziazione)?ateco");
    static final Pattern UC_LIST = Pattern.compile("unitadicompetenzacostituenti|unitadicompetenzadelprofilo");
    static final Pattern UC_HEADING = Pattern.compile("denominazionedellunitadicompetenza|denominazioneunitadicompetenza");
    // "Denominazione dell'Unità di Competenza 1) Gestire il servizio di accoglienza ..."
    static final Pattern UC_HEADING_TEXT = Pattern.compile(
            "(?i)^denominazione\\s+dell?['’]?\\s*unit[aà]\\s+di\\s+competenza\\s*(?:n\\.?\\s*)?(\\d{1,2})?\\s*[).:\\-–]?\\s*(.*)$");

    /** The fields every profile prints, each from its row of the profile's key/value table. */
    static final List<String> EXPECTED = List.of("/title", "/eqfLevel", "/description", "/classification/sector",
            "/classification/ada", "/classification/istat", "/classification/ateco", "/units");

    // "Denominazione del profilo Addetto al servizio clienti": the repeated first row taken for a running header
    static final Pattern NAME_IN_FURNITURE = Pattern.compile("(?i)^denominazione\\s+del\\s+profilo(?:\\s+professionale)?\\s+(.+)$");

    @Override
    public String name() {
        return "profile";
    }

    @Override
    public boolean recognises(AnnexContent content) {
        return KeyValueReader.entries(content).stream().anyMatch(e -> Labels.is(e.label(), PROFILE_NAME)
                || Labels.is(e.label(), UC_LIST) || Labels.is(e.label(), UC_HEADING));
    }

    @Override
    public StandardDraft parse(AnnexContent content) {
        Evidence.Builder evidence = new Evidence.Builder().page("", content.part().pageStart());
        ProfileFields f = new ProfileFields();
        UnitBuilder unit = null;
        List<Unit> units = new ArrayList<>();
        for (Entry raw : KeyValueReader.entries(content)) {
            Entry e = headingAcross(raw, content);
            if (Labels.is(e.label(), UC_HEADING)) {
                if (unit != null) {
                    units.add(unit.build(content));
                }
                unit = UnitBuilder.open(e, units.size(), content, evidence);
            } else if (unit != null) {
                String at = "/units/" + units.size();
                if (!unit.accept(e, at, evidence)) {
                    unread(e, at, f.title, content, evidence);
                }
            } else {
                f.accept(e, content, evidence);
            }
        }
        if (unit != null) {
            units.add(unit.build(content));
        }
        for (int i = 0; i < units.size() && i < f.ucList.size(); i++) {
            evidence.altTitle(i, f.ucList.get(i), f.ucListPage);
        }
        if (!f.ucList.isEmpty()) {
            evidence.listed(f.ucList.size(), "the list of the profile's competence units", f.ucListPage);
        }
        if (f.title == null || f.title.isEmpty()) {
            f.title = nameInFurniture(content);
        }
        evidence.expects(EXPECTED.toArray(String[]::new));
        Classification classification = new Classification(f.sector, f.ada, f.istat, f.ateco, List.of());
        return new StandardDraft(Kind.PROFESSIONAL_PROFILE,
                RegionFinder.find(content.textWithFurniture(), content.actRegion()), f.title == null ? "" : f.title,
                f.eqf, f.description, classification, null, null, null, List.of(), units, evidence.build());
    }

    /**
     * Records a row of a unit no label of a unit claims, when it holds the unit's content: a list item or a
     * value without label ({@link UnreadEntries}), or the profile's name row repeated on a new page carrying
     * more than the name (the rest of the unit's list set in the repeated row).
     */
    private static void unread(Entry e, String at, @Nullable String title, AnnexContent content,
                               Evidence.Builder evidence) {
        if (Labels.is(e.label(), PROFILE_NAME)) {
            String value = content.cleaner().join(e.valueLines());
            if (title != null && !TextCleaner.comparable(value).equals(TextCleaner.comparable(title))) {
                evidence.unread(at, value, e.page());
            }
        } else if (UnreadEntries.isContent(e)) {
            evidence.unread(at, UnreadEntries.text(e, content), e.page());
        }
    }

    /** The profile-level rows, before the first competence unit. */
    private static final class ProfileFields {
        @Nullable String title;
        @Nullable String description;
        @Nullable Sector sector;
        @Nullable Integer eqf;
        List<AdaCode> ada = new ArrayList<>();
        List<Code> istat = new ArrayList<>();
        List<Code> ateco = new ArrayList<>();
        List<String> ucList = new ArrayList<>();
        int ucListPage;

        /** The field the last row filled, where a line continuing it belongs; null before the first and after an unmapped row. */
        @Nullable String lastRead;

        void accept(Entry e, AnnexContent content, Evidence.Builder evidence) {
            String value = content.cleaner().join(e.valueLines());
            String pointer = null;
            if (Labels.is(e.label(), PROFILE_NAME) && title == null) {
                title = value;
                pointer = "/title";
            } else if (Labels.is(e.label(), PROFILE_DESCRIPTION)) {
                description = value.isEmpty() ? null : value;
                pointer = "/description";
            } else if (Labels.is(e.label(), SECTOR)) {
                sector = CodeReader.sector(value);
                pointer = "/classification/sector";
            } else if (Labels.is(e.label(), EQF)) {
                eqf = EqfValue.read(value, "/eqfLevel", e, evidence);
                pointer = "/eqfLevel";
            } else if (Labels.is(e.label(), ISTAT)) {
                istat.addAll(CodeReader.istat(value));
                pointer = "/classification/istat";
            } else if (Labels.is(e.label(), ATECO)) {
                ateco.addAll(CodeReader.ateco(value));
                pointer = "/classification/ateco";
            } else if (Labels.is(e.label(), ADA)) {
                ada.addAll(CodeReader.ada(value));
                pointer = "/classification/ada";
            } else if (Labels.is(e.label(), UC_LIST)) {
                ucList = content.splitter().split(e.valueLines(), e.itemStarts());
                ucListPage = e.page();
                lastRead = null;
            } else if (!UnreadEntries.isContent(e)) {
                lastRead = null;
            } else if (lastRead != null) {
                evidence.unread(lastRead, UnreadEntries.text(e, content), e.page());
            }
            if (pointer != null) {
                evidence.at(pointer, e.region());
                lastRead = pointer;
            }
        }
    }

    /**
     * The profile's name from the furniture: without rulings, the first row that every page repeats
     * looks like a running header and is set apart with the page furniture.
     */
    private static @Nullable String nameInFurniture(AnnexContent content) {
        return content.furniture().stream().map(l -> NAME_IN_FURNITURE.matcher(l.text().trim()))
                .filter(Matcher::matches).map(m -> m.group(1).trim()).findFirst().orElse(null);
    }

    /**
     * The entry as one heading when a UC heading printed across the row was cut at the column edge into a
     * label ("Denominazione dell'Unità di") and a value ("Competenza 1) Preparare ..."): the label and the
     * value read together as a numbered heading. Any other entry is returned as it is.
     */
    static Entry headingAcross(Entry e, AnnexContent content) {
        if (!e.hasValue() || Labels.is(e.label(), UC_HEADING)) {
            return e;
        }
        String joined = e.label().trim() + " " + content.cleaner().join(e.valueLines());
        Matcher m = heading(joined);
        if (m == null || m.group(1) == null || m.group(2).isBlank()) {
            return e;
        }
        return new Entry(joined, List.of(), e.page(), e.row(), e.valueRight(), e.region());
    }

    /** The number and title a UC heading row prints. */
    static Matcher heading(String label) {
        Matcher m = UC_HEADING_TEXT.matcher(label.trim());
        return m.matches() ? m : null;
    }
}
