package it.determina.family.lazio;

import it.determina.family.AnnexContent;
import it.determina.family.AttendanceReader;
import it.determina.family.DocumentFamily;
import it.determina.family.Evidence;
import it.determina.family.FamilySheet;
import it.determina.family.Labels;
import it.determina.family.RegionFinder;
import it.determina.family.StandardDraft;
import it.determina.layout.TextLine;
import it.determina.model.Attendance;
import it.determina.model.Classification;
import it.determina.model.CompetenceUnitRef;
import it.determina.model.Credits;
import it.determina.model.DistanceLearning;
import it.determina.model.Duration;
import it.determina.model.Internship;
import it.determina.model.Unit;
import it.determina.normalize.Figures;
import it.determina.normalize.Reading;
import it.determina.normalize.Slug;
import it.determina.tables.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Lazio's "standard minimo di percorso formativo": numbered sections of running text around two
 * tables, the UC/URA correspondence (section 1) and the unit table with durations (section 4).
 */
public final class LazioPercorsoFamily implements DocumentFamily {

    /** The family's declaration: its recognition mark and the unit table's columns. */
    static final FamilySheet SHEET = FamilySheet.load("lazio-percorso.yaml");
    // "STANDARD MINIMO DI PERCORSO FORMATIVO", as comparable text
    static final Pattern MARKER = FamilySheet.anyOf(SHEET.recognition().text());
    // "QUALIFICAZIONE DI OPERATORE ASSISTENZA CLIENTI"
    static final Pattern TITLE_PREFIX = Pattern.compile("^(?i)(?:della\\s+)?(?:qualificazione|qualifica|profilo|percorso)\\s+(?:professionale\\s+)?(?:di|del|della|dell['’])\\s*");
    static final Pattern SEC_CORRESPONDENCE = Pattern.compile("RAPPORTO|CORRISPONDENZA");
    static final Pattern SEC_EQF = Pattern.compile("LIVELLO\\s+EQF");
    static final Pattern SEC_REQUIREMENTS = Pattern.compile("REQUISITI.*ACCESSO");
    static final Pattern SEC_INTERNSHIP = Pattern.compile("TIROCINIO");
    static final Pattern SEC_ADDITIONAL = Pattern.compile("AGGIUNTIV");
    static final Pattern SEC_CREDITS = Pattern.compile("CREDITI");
    // "4. ARTICOLAZIONE, PROPEDEUTICITÀ E DURATE MINIME:" : the section of the unit table
    static final Pattern SEC_UNITS = Pattern.compile("ARTICOLAZIONE|DURATE");
    // "Durata minima: 50 ore"
    static final Pattern INTERNSHIP_MIN = Pattern.compile("(?i)durata\\s+minima\\s*:?\\s*(\\d{1,4})" + Figures.ANY_MARK + "?\\s*ore");
    // "Durata massima: il 40% sul totale del percorso"
    static final Pattern INTERNSHIP_MAX_PERCENT = Pattern.compile("(?i)durata\\s+massima\\s*:?\\s*(?:il\\s+|pari al\\s+)?(\\d{1,3})" + Figures.ANY_MARK + "?\\s*%");
    // "Durata massima: 120 ore"
    static final Pattern INTERNSHIP_MAX_HOURS = Pattern.compile("(?i)durata\\s+massima\\s*:?\\s*(\\d{1,4})" + Figures.ANY_MARK + "?\\s*ore");
    // "nel limite massimo del 10% delle ore totali"
    static final Pattern ANY_PERCENT = Pattern.compile("(\\d{1,3}(?:,\\d+)?)" + Figures.ANY_MARK + "?\\s*%");
    // "Crediti di frequenza: la percentuale massima riconoscibile è il 30% sulla durata di ore d'aula"
    static final Pattern ATTENDANCE_CREDIT = Pattern.compile("(?i)crediti\\s+di\\s+frequenza\\b[^%]*?(\\d{1,3})" + Figures.ANY_MARK + "?\\s*%");
    // "il 100% sul tirocinio curriculare"
    static final Pattern INTERNSHIP_CREDIT = Pattern.compile("(?i)(\\d{1,3})" + Figures.ANY_MARK + "?\\s*%\\s*(?:sul|del|per il)\\s+tirocinio");
    // "2. LIVELLO EQF ...: 3"
    static final Pattern EQF_VALUE = Pattern.compile("^(\\d)\\b");
    // "- Diploma di scuola secondaria di primo grado." : a requirement
    static final Pattern BULLET = Pattern.compile("^\\s*[-•–]\\s");
    /** Tolerance (points) for "the same indentation". */
    private static final double INDENT = 2.0;
    // "Conoscenza linguistica:" : a sub-heading inside the requirements list
    static final Pattern SUBHEADING = Pattern.compile("^[^-•–].*:$");

    @Override
    public String name() {
        return SHEET.name();
    }

    @Override
    public boolean recognises(AnnexContent content) {
        boolean marker = content.textWithFurniture().stream().anyMatch(l -> MARKER.matcher(Labels.key(l)).find());
        return marker || content.tables().stream().anyMatch(UnitTableReader::isUnitTable)
                || UnruledUnitTable.find(content).filter(UnitTableReader::isUnitTable).isPresent();
    }

    @Override
    public StandardDraft parse(AnnexContent content) {
        Evidence.Builder evidence = new Evidence.Builder();
        evidence.page("", content.part().pageStart());
        Sections sections = Sections.of(content.runningLines());
        Table unitTable = content.tables().stream().filter(UnitTableReader::isUnitTable).findFirst()
                .or(() -> UnruledUnitTable.find(content).filter(UnitTableReader::isUnitTable)).orElse(null);
        UnitTableReader.Result result = unitTable == null
                ? new UnitTableReader.Result(List.of(), null, null, content.part().pageStart(), null)
                : UnitTableReader.read(unitTable, content, evidence);
        if (unitTable != null) {
            UnitTableReader.continued(unitTable, result, content.tables(), evidence);
        }
        expectFields(evidence, unitTable, sections);
        List<Unit> units = CorrespondenceReader.attach(result.units(), content, sections.find(SEC_CORRESPONDENCE), evidence);
        Duration duration = duration(sections, result, evidence, content);
        return new StandardDraft(SHEET.kind(),
                RegionFinder.find(content.textWithFurniture(), content.actRegion()),
                title(content, evidence), eqf(sections, evidence), null, Classification.empty(), duration,
                attendance(content), credits(sections, content), requirements(sections, content), units,
                evidence.build());
    }

    /**
     * The fields every Lazio standard prints (sections 2 to 7 and the unit table's total row; the FaD total
     * where the unit table has a FaD column), and which of their sections were found.
     */
    private static void expectFields(Evidence.Builder evidence, @Nullable Table unitTable, Sections sections) {
        evidence.expects("/title", "/eqfLevel", "/entryRequirements", "/duration/totalHours");
        UnitTableReader.Columns cols = unitTable == null ? null : UnitTableReader.columns(unitTable);
        if (cols == null || cols.distance() >= 0) {
            evidence.expects("/duration/distanceLearning/maxHours");
        }
        evidence.expects("/duration/internship/minHours", "/duration/internship/maxPercentOfTotal",
                "/duration/additionalUnitsMaxPercent", "/attendance/minPercent", "/credits/attendanceMaxPercent",
                "/credits/internshipMaxPercent", "/units");
        Map<Pattern, List<String>> bySection = Map.of(
                SEC_EQF, List.of("/eqfLevel"), SEC_REQUIREMENTS, List.of("/entryRequirements"),
                SEC_INTERNSHIP, List.of("/duration/internship/minHours", "/duration/internship/maxPercentOfTotal"),
                SEC_ADDITIONAL, List.of("/duration/additionalUnitsMaxPercent"),
                SEC_CREDITS, List.of("/credits/attendanceMaxPercent", "/credits/internshipMaxPercent"));
        Sections.Section units = sections.find(SEC_UNITS);
        if (units != null) {
            evidence.page("/units", units.page());
        }
        bySection.forEach((heading, pointers) -> {
            if (sections.find(heading) != null) {
                pointers.forEach(evidence::labelled);
            }
        });
    }

    /**
     * The qualification named under the "STANDARD MINIMO" heading, up to the first numbered section. The
     * heading is looked for among the page furniture too: in a determination with several percorso annexes
     * it repeats at the top of their first pages and is taken for a running head.
     */
    private static String title(AnnexContent content, Evidence.Builder evidence) {
        List<TextLine> lines = new ArrayList<>(content.runningLines());
        content.furniture().stream().filter(l -> MARKER.matcher(Labels.key(l.text())).find()).forEach(lines::add);
        lines.sort(java.util.Comparator.comparingInt(TextLine::page).thenComparingDouble(TextLine::top));
        for (int i = 0; i < lines.size(); i++) {
            if (MARKER.matcher(Labels.key(lines.get(i).text())).find()) {
                evidence.labelled("/title").page("/title", lines.get(i).page());
                List<String> parts = new ArrayList<>();
                for (int k = i + 1; k < lines.size() && k <= i + 2; k++) {
                    String t = lines.get(k).text().trim();
                    boolean sameStyle = parts.isEmpty() || t.equals(t.toUpperCase(java.util.Locale.ROOT));
                    if (Sections.HEADING.matcher(t).matches() || t.isEmpty() || !sameStyle) {
                        break;
                    }
                    parts.add(t);
                    evidence.at("/title", lines.get(k).box());
                }
                String t = TITLE_PREFIX.matcher(content.cleaner().join(parts)).replaceFirst("");
                return Slug.sentenceCase(t.replaceAll("^[\"“]|[\"”]$", ""));
            }
        }
        return lines.isEmpty() ? "" : lines.get(0).text();
    }

    private static @Nullable Integer eqf(Sections sections, Evidence.Builder evidence) {
        Sections.Section s = sections.find(SEC_EQF);
        if (s == null) {
            return null;
        }
        String value = s.rest().isEmpty() && !s.lines().isEmpty() ? s.lines().get(0).text().trim() : s.rest();
        var m = EQF_VALUE.matcher(value);
        if (m.find() && Integer.parseInt(m.group(1)) >= 1 && Integer.parseInt(m.group(1)) <= 8) {
            return Integer.parseInt(m.group(1));
        }
        evidence.missing("/eqfLevel", "Livello EQF", value, s.heading().box());
        return null;
    }

    private static @Nullable Duration duration(Sections sections, UnitTableReader.Result result, Evidence.Builder evidence,
                                     AnnexContent content) {
        Number total = value(result.total(), "/duration/totalHours", "DURATA MINIMA TOTALE", result, evidence);
        Number distance = value(result.distanceTotal(), "/duration/distanceLearning/maxHours", "di cui in FaD",
                result, evidence);
        if (result.total() != null) {
            evidence.totalIsUnitSum();
        }
        if (result.distanceTotal() != null) {
            evidence.distanceTotalIsUnitSum();
        }
        Sections.Section stage = sections.find(SEC_INTERNSHIP);
        Internship internship = null;
        if (stage != null) {
            String text = sectionText(stage, content);
            internship = new Internship(Figures.captured(text, INTERNSHIP_MIN), Figures.captured(text, INTERNSHIP_MAX_HOURS),
                    Figures.captured(text, INTERNSHIP_MAX_PERCENT), null);
            evidence.at("/duration/internship", stage.heading().box());
        }
        Sections.Section extra = sections.find(SEC_ADDITIONAL);
        Number additional = extra == null ? null : Figures.captured(sectionText(extra, content), ANY_PERCENT);
        DistanceLearning fad = distance == null ? null : new DistanceLearning(distance, null, null);
        if (total == null && internship == null && fad == null && additional == null) {
            return null;
        }
        return new Duration(total, null, null, null, internship, fad, additional, List.of());
    }

    private static @Nullable Number value(@Nullable Reading r, String pointer, String label,
                                          UnitTableReader.Result result, Evidence.Builder evidence) {
        if (r == null) {
            return null;
        }
        if (result.totalRow() == null) {
            evidence.page(pointer, result.totalPage());
        } else if (r.isMissing()) {
            evidence.missing(pointer, label, r.raw(), result.totalRow().region());
        } else {
            evidence.at(pointer, result.totalRow().region());
        }
        return r.value();
    }

    private static @Nullable Attendance attendance(AnnexContent content) {
        List<Number> found = AttendanceReader.minimums(content.cleaner().join(
                content.runningLines().stream().map(TextLine::text).toList()));
        if (found.isEmpty()) {
            return null;
        }
        return new Attendance(found.get(0), found.size() > 1 ? found.get(1) : null, null);
    }

    private static @Nullable Credits credits(Sections sections, AnnexContent content) {
        Sections.Section s = sections.find(SEC_CREDITS);
        if (s == null) {
            return null;
        }
        String text = sectionText(s, content);
        Credits c = new Credits(Figures.captured(text, ATTENDANCE_CREDIT), Figures.captured(text, INTERNSHIP_CREDIT));
        return c.statesNothing() ? null : c;
    }

    private static List<String> requirements(Sections sections, AnnexContent content) {
        Sections.Section s = sections.find(SEC_REQUIREMENTS);
        if (s == null) {
            return List.of();
        }
        double bulletIndent = s.lines().stream().filter(l -> BULLET.matcher(l.text()).find())
                .mapToDouble(TextLine::x0).min().orElse(-1);
        List<String> lines = new ArrayList<>();
        for (TextLine l : s.lines()) {
            boolean prose = bulletIndent >= 0 && l.x0() < bulletIndent - INDENT && !BULLET.matcher(l.text()).find();
            if (!SUBHEADING.matcher(l.text().trim()).matches() && !prose) {
                lines.add(l.text());
            }
        }
        return content.splitter().split(lines);
    }

    private static String sectionText(Sections.Section s, AnnexContent content) {
        List<String> lines = new ArrayList<>();
        lines.add(s.rest());
        s.lines().forEach(l -> lines.add(l.text()));
        return content.cleaner().join(lines);
    }

    /** Sets the competence unit of a unit, keeping everything else. */
    static Unit withCompetenceUnit(Unit u, @Nullable CompetenceUnitRef ref) {
        return new Unit(u.number(), u.kind(), u.title(), ref, u.minHours(), u.distanceMaxHours(),
                u.distanceMaxPercent(), u.hoursVariationPercent(), u.credit(), u.expectedResult(), u.knowledge(),
                u.skills(), u.evaluation());
    }
}
