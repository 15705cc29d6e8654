package it.determina.family.campania;

import it.determina.family.AnnexContent;
import it.determina.family.AttendanceReader;
import it.determina.family.CodeReader;
import it.determina.family.Entry;
import it.determina.family.EqfValue;
import it.determina.family.Evidence;
import it.determina.family.Labels;
import it.determina.family.UnreadEntries;
import it.determina.model.AdaCode;
import it.determina.model.Attendance;
import it.determina.model.Classification;
import it.determina.model.Code;
import it.determina.model.DistanceLearning;
import it.determina.model.Duration;
import it.determina.model.Internship;
import it.determina.model.Sector;
import it.determina.model.YearHours;
import it.determina.normalize.Figures;
import it.determina.normalize.Reading;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The standard-level rows of a Campania standard, read one entry at a time. */
final class StandardFields {

    /**
     * The numeric rows and the canonical field each fills. Rows after the total are the component durations
     * of the longer (EQF 5) layout, printed all together or not at all.
     */
    enum Figure {
        TOTAL("/duration/totalHours", "durataminimacomplessiva|duratacomplessiva", false),
        CLASSROOM("/duration/classroomHours", "durataminimadiaula|durataminimaaula", false),
        LAB("/duration/labHours", "durataminimadilaboratorio|durataminimalaboratorio", false),
        KEY_COMPETENCE("/duration/keyCompetenceHours", "duratadelleattivitaformativerivolteallekc|duratakc", false),
        ASYNC("/duration/distanceLearning/asyncMaxPercentOfClassroom", "percentualeduratamassimaelearningasincrona", true),
        SYNC("/duration/distanceLearning/syncMaxPercentOfClassroom", "percentualeduratamassimaelearningsincrona", true),
        INTERNSHIP_WITH_LAB("/duration/internship/withLabMinHours", "durataminimatirocinio\\w*laboratorio", false),
        INTERNSHIP("/duration/internship/minHours", "durataminimatirocinio", false),
        ABSENCE("/attendance/maxAbsencePercent", "percentualeassenzamassima", true);

        final String pointer;
        final Pattern label;
        final boolean percent;

        Figure(String pointer, String label, boolean percent) {
            this.pointer = pointer;
            this.label = Pattern.compile(label);
            this.percent = percent;
        }

        boolean isComponent() {
            return this != TOTAL;
        }
    }

    /** The fields every Campania standard prints, each from its row of the standard's key/value table. */
    static final List<String> EXPECTED = List.of("/title", "/eqfLevel", "/description", "/classification/sector",
            "/classification/ada", "/classification/istat", "/classification/ateco", "/classification/isced",
            "/entryRequirements", "/duration/totalHours", "/duration/years", "/attendance/minPercent", "/units");

    static final Pattern STANDARD_NAME = Pattern.compile("denominazionestandardformativo");
    static final Pattern QUALIFICATION_NAME = Pattern.compile("denominazionequalificazione|qualificazioneregionaledi");
    static final Pattern COURSE_YEARS = Pattern.compile("duratapercorsoformativo");
    static final Pattern EQF = Pattern.compile("livelloeqf");
    static final Pattern SECTOR = Pattern.compile("settoreeconomicoprofessionale");
    static final Pattern ADA = Pattern.compile("areadiattivita|ada$");
    static final Pattern DESCRIPTION = Pattern.compile("descrizionequalificazione|descrizionedelprofilo|descrizionestandard");
    static final Pattern ATECO = Pattern.compile("referenziazioneateco|ateco");
    static final Pattern ISTAT = Pattern.compile("referenziazioneistat|istatcp");
    static final Pattern ISCED = Pattern.compile("codiceisced|isced");
    static final Pattern REQUIREMENTS = Pattern.compile("requisitiminimidiingresso|requisitidiingresso");
    static final Pattern ASSESSMENT = Pattern.compile("requisitiminimidivalutazione");
    static final Pattern UNIT_LIST = Pattern.compile("elencodelleunitaformative");
    // "Anno | Ore | Esame Intermedio" as a ruled row, or "Anno Ore Esame Intermedio" as a running line
    static final Pattern YEARS_HEADER = Pattern.compile("^anno($|ore)");
    static final Pattern LIST_END = Pattern.compile("corsiannualita|dettagliounitaformativa|anno$");
    /**
     * Labels of rows of the standard's table, as comparable keys: a label holding one of them after its start
     * is the labels of several rows run together ("Denominazione Qualificazione Denominazione Standard
     * Formativo ... Durata percorso Formativo"), and the value read under it may hold the other rows' values.
     */
    static final List<Pattern> ROW_LABELS = List.of(STANDARD_NAME, QUALIFICATION_NAME, COURSE_YEARS, EQF, SECTOR,
            Pattern.compile("areadiattivita"), DESCRIPTION, Pattern.compile("referenziazioneateco"),
            Pattern.compile("referenziazioneistat"), Pattern.compile("codiceisced"), REQUIREMENTS, ASSESSMENT);
    // "1° Anno", "2 anno", "Anno 1"
    static final Pattern YEAR_LABEL = Pattern.compile("(?i)^(?:anno\\s*)?(\\d{1,2})\\s*°?\\s*(?:anno)?$");
    // "1° Anno 300 No" : a year row printed without rulings
    static final Pattern YEAR_LINE = Pattern.compile("(?i)^(\\d{1,2})\\s*°?\\s*anno\\s+(\\S+)?\\s*(\\S+)?\\s*$");
    // "Sì", "Si", "No"
    static final Pattern YES = Pattern.compile("(?i)^s[iì]\\b");
    // "3 anni", "2"
    static final Pattern YEARS_COUNT = Pattern.compile("^(\\d{1,2})\\b");

    private final AnnexContent content;
    private final Evidence.Builder evidence;
    private final Map<Figure, Number> figures = new EnumMap<>(Figure.class);
    private final Set<Figure> labelled = EnumSet.noneOf(Figure.class);
    private String standardName;
    private String qualificationName;
    private @Nullable Integer eqf;
    private @Nullable Sector sector;
    private @Nullable String description;
    private final List<AdaCode> ada = new ArrayList<>();
    private final List<Code> ateco = new ArrayList<>();
    private final List<Code> istat = new ArrayList<>();
    private final List<Code> isced = new ArrayList<>();
    private List<String> requirements = List.of();
    private final List<Number> attendance = new ArrayList<>();
    private final List<YearHours> years = new ArrayList<>();
    private final List<String> listLines = new ArrayList<>();
    /**
     * The field the last row filled, where a line continuing it in the label column belongs; null before the
     * first field (headings) and after a row the family does not map (its continuation is no field's).
     */
    private @Nullable String lastRead;
    private boolean inList;
    private boolean inYears;
    private int listPage;

    StandardFields(AnnexContent content, Evidence.Builder evidence) {
        this.content = content;
        this.evidence = evidence;
    }

    void accept(Entry e) {
        String key = Labels.key(e.label());
        String value = content.cleaner().join(e.valueLines());
        if (inList && !e.hasValue() && !LIST_END.matcher(key).find()) {
            listLines.add(e.label());
            return;
        }
        inList = false;
        if (inYears && readYear(e)) {
            return;
        }
        inYears = false;
        if (UNIT_LIST.matcher(key).lookingAt()) {
            inList = true;
            listPage = e.page();
            listLines.addAll(e.valueLines());
            lastRead = null;
        } else if (YEARS_HEADER.matcher(key).find() && (e.row() == null || e.row().cells().size() >= 3)) {
            inYears = true;
            evidence.at("/duration/years", e.region());
            lastRead = null;
        } else {
            String read = readFigure(e, key, value);
            read = read != null ? read : readText(e, key, value);
            if (read != null && runsRowsTogether(key)) {
                evidence.doubt(read, "a row whose label runs the labels of several rows together (\"" + e.label() + "\")",
                        e.page());
            }
            if (read != null) {
                lastRead = read;
            } else if (!UnreadEntries.isContent(e)) {
                lastRead = null;
            } else if (lastRead != null) {
                evidence.unread(lastRead, UnreadEntries.text(e, content), e.page());
            }
        }
    }

    /** True when a row label other than the one {@code key} starts with appears later in it. */
    static boolean runsRowsTogether(String key) {
        for (Pattern label : ROW_LABELS) {
            Matcher m = label.matcher(key);
            if (m.find(1)) {
                return true;
            }
        }
        return false;
    }

    /** The field a numeric row fills, or null when {@code key} labels none. */
    private @Nullable String readFigure(Entry e, String key, String value) {
        for (Figure f : Figure.values()) {
            if (f.label.matcher(key).lookingAt()) {
                labelled.add(f);
                Reading r = f.percent ? Figures.parsePercent(value) : Figures.parseHours(value);
                if (r.isMissing()) {
                    evidence.missing(f.pointer, e.label(), r.raw(), e.region());
                } else {
                    evidence.at(f.pointer, e.region());
                    figures.putIfAbsent(f, r.value());
                }
                return f.pointer;
            }
        }
        return null;
    }

    /** The field a text row fills (its label found, whatever its value), or null when {@code key} labels none. */
    private @Nullable String readText(Entry e, String key, String value) {
        String pointer = null;
        if (STANDARD_NAME.matcher(key).lookingAt()) {
            standardName = value;
            pointer = "/title";
        } else if (QUALIFICATION_NAME.matcher(key).lookingAt() && qualificationName == null) {
            qualificationName = value;
            pointer = "/title";
        } else if (COURSE_YEARS.matcher(key).lookingAt() && !YEARS_COUNT.matcher(value).find()) {
            evidence.missing("/duration/years", e.label(), value, e.region());
        } else if (EQF.matcher(key).lookingAt() && eqf == null) {
            eqf = EqfValue.read(value, "/eqfLevel", e, evidence);
            pointer = "/eqfLevel";
        } else if (SECTOR.matcher(key).lookingAt()) {
            sector = CodeReader.sector(value);
            pointer = "/classification/sector";
        } else if (ADA.matcher(key).lookingAt()) {
            ada.addAll(CodeReader.ada(value));
            pointer = "/classification/ada";
        } else if (DESCRIPTION.matcher(key).lookingAt()) {
            description = value.isEmpty() ? null : value;
            pointer = "/description";
        } else if (ATECO.matcher(key).lookingAt()) {
            ateco.addAll(CodeReader.ateco(value));
            pointer = "/classification/ateco";
        } else if (ISTAT.matcher(key).lookingAt()) {
            istat.addAll(CodeReader.istat(value));
            pointer = "/classification/istat";
        } else if (ISCED.matcher(key).lookingAt()) {
            isced.addAll(CodeReader.isced(value));
            pointer = "/classification/isced";
        } else if (REQUIREMENTS.matcher(key).lookingAt()) {
            requirements = content.splitter().split(e.valueLines());
            pointer = "/entryRequirements";
        } else if (ASSESSMENT.matcher(key).lookingAt() || key.contains("frequenza")) {
            attendance.addAll(AttendanceReader.minimums(value));
            pointer = "/attendance/minPercent";
        }
        if (pointer != null) {
            evidence.at(pointer, e.region());
        }
        return pointer;
    }

    /**
     * Records the fields this standard is expected to print: those of every Campania standard, and the
     * component durations of the longer layout where any of them was found.
     */
    void expectFields() {
        evidence.expects(EXPECTED.toArray(String[]::new));
        if (labelled.stream().anyMatch(Figure::isComponent)) {
            for (Figure f : Figure.values()) {
                evidence.expects(f.pointer);
            }
        }
    }

    private boolean readYear(Entry e) {
        var m = (e.row() == null ? YEAR_LINE : YEAR_LABEL).matcher(e.label().trim());
        if (!m.matches()) {
            return false;
        }
        List<String> cells = e.row() == null
                ? java.util.stream.Stream.of(m.group(2), m.group(3)).map(t -> t == null ? "" : t).toList()
                : e.row().cells().stream().skip(1).map(c -> content.cleaner().join(c.lineTexts())).toList();
        Reading hours = Figures.parseHours(cells.isEmpty() ? "" : cells.get(0));
        int i = years.size();
        if (hours.isMissing()) {
            evidence.missing("/duration/years/" + i + "/hours", "Ore", hours.raw(), e.region());
        }
        Boolean exam = cells.size() < 2 || cells.get(1).isEmpty() ? null : YES.matcher(cells.get(1)).find();
        years.add(new YearHours(Integer.parseInt(m.group(1)), hours.value(), exam));
        return true;
    }

    String title() {
        String t = standardName != null && !standardName.isEmpty() ? standardName : qualificationName;
        return t == null ? "" : t;
    }

    @Nullable Integer eqf() {
        return eqf;
    }

    @Nullable String description() {
        return description;
    }

    List<String> entryRequirements() {
        return requirements;
    }

    Classification classification() {
        return new Classification(sector, ada, istat, ateco, isced);
    }

    List<String> listedUnits() {
        return content.splitter().split(listLines);
    }

    int listPage() {
        return listPage;
    }

    @Nullable Duration duration() {
        Internship internship = new Internship(figures.get(Figure.INTERNSHIP), null, null,
                figures.get(Figure.INTERNSHIP_WITH_LAB));
        boolean internshipLabelled = labelled.contains(Figure.INTERNSHIP) || labelled.contains(Figure.INTERNSHIP_WITH_LAB);
        DistanceLearning fad = new DistanceLearning(null, figures.get(Figure.SYNC), figures.get(Figure.ASYNC));
        Duration d = new Duration(figures.get(Figure.TOTAL), figures.get(Figure.CLASSROOM), figures.get(Figure.LAB),
                figures.get(Figure.KEY_COMPETENCE), internshipLabelled ? internship : null,
                fad.statesNothing() ? null : fad, null, years);
        boolean empty = d.totalHours() == null && d.classroomHours() == null && d.labHours() == null
                && d.keyCompetenceHours() == null && d.internship() == null && d.distanceLearning() == null
                && years.isEmpty();
        return empty ? null : d;
    }

    @Nullable Attendance attendance() {
        Attendance a = new Attendance(attendance.isEmpty() ? null : attendance.get(0),
                attendance.size() > 1 ? attendance.get(1) : null, figures.get(Figure.ABSENCE));
        return a.statesNothing() ? null : a;
    }
}
