package it.determina.family.atlante;

import it.determina.family.AnnexContent;
import it.determina.family.CodeReader;
import it.determina.family.DocumentFamily;
import it.determina.family.Evidence;
import it.determina.family.ItemBreaks;
import it.determina.family.RegionFinder;
import it.determina.family.StandardDraft;
import it.determina.layout.TextLine;
import it.determina.model.AdaCode;
import it.determina.model.Classification;
import it.determina.model.Code;
import it.determina.model.Kind;
import it.determina.model.Sector;
import it.determina.model.Unit;
import it.determina.tables.Block;
import it.determina.tables.Cell;
import it.determina.tables.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A qualification page of the national Atlante del Lavoro: heading, sector, repertory region, the ADAs,
 * one block per competence ("Titolo:", "Obiettivo:", CONOSCENZE, ABILITÀ/CAPACITÀ) and the ISTAT and
 * ATECO codes.
 */
public final class AtlanteFamily implements DocumentFamily {

    static final Pattern MARKER = Pattern.compile("(?i)atlante\\s+lavoro|dettaglio\\s+qualificazione");
    // "SETTORE 24. Area comune"
    static final Pattern SECTOR = Pattern.compile("^(?i)SETTORE\\s+(\\d{1,2})\\s*[.\\-–:]\\s*(.+)$");
    // "Titolo: Cura degli aspetti relativi alla sicurezza sul lavoro"
    static final Pattern TITLE = Pattern.compile("^(?i)Titolo\\s*:\\s*(.*)$");
    static final Pattern OBJECTIVE = Pattern.compile("^(?i)Obiettivo\\s*:\\s*(.*)$");
    static final Pattern FIELD_START = Pattern.compile("^(?i)(Descrizione|Obiettivo|Attivit[aà] associate|Titolo)\\b");
    static final Pattern KNOWLEDGE = Pattern.compile("^(?i)CONOSCENZE\\s*$");
    static final Pattern SKILLS = Pattern.compile("^(?i)(ABILIT[AÀ]|CAPACIT[AÀ])(/(ABILIT[AÀ]|CAPACIT[AÀ]))?\\s*$");
    static final Pattern ISTAT_HEADING = Pattern.compile("(?i)codici\\s+istat\\s+cp\\s*2011");
    static final Pattern ATECO_HEADING = Pattern.compile("(?i)codici\\s+(istat\\s+)?ateco");
    static final Pattern ADA_LINE = Pattern.compile("^ADA\\.\\d");
    /** Tolerance (points) for "the same indentation". */
    private static final double INDENT = 3.0;
    // "Livello EQF: 3", "Livello EQF 4", "Livello EQF:" (empty)
    static final Pattern EQF = Pattern.compile("^(?i)livello\\s+eqf\\s*:?\\s*(?:([1-8])\\b.*|(\\D.*)?)$");
    static final Pattern BREADCRUMB = Pattern.compile("(?i)dettaglio\\s+qualificazione\\s*$");

    /** The fields every Atlante qualification page prints (it states no EQF level, no durations). */
    static final List<String> EXPECTED = List.of("/title", "/classification/sector", "/classification/ada",
            "/classification/istat", "/classification/ateco", "/units");

    @Override
    public String name() {
        return "atlante";
    }

    @Override
    public boolean recognises(AnnexContent content) {
        boolean marker = content.textWithFurniture().stream().anyMatch(l -> MARKER.matcher(l).find());
        boolean competences = content.runningLines().stream().anyMatch(l -> TITLE.matcher(l.text()).matches());
        return marker && competences;
    }

    @Override
    public StandardDraft parse(AnnexContent content) {
        Evidence.Builder evidence = new Evidence.Builder().page("", content.part().pageStart());
        List<Piece> pieces = pieces(content);
        Sector sector = null;
        Map<String, AdaCode> ada = new LinkedHashMap<>();
        List<Code> istat = new ArrayList<>();
        List<Code> ateco = new ArrayList<>();
        String section = "";
        for (Piece p : pieces) {
            Matcher s = SECTOR.matcher(p.text);
            if (sector == null && s.matches()) {
                sector = new Sector(s.group(1), s.group(2).trim());
                evidence.labelled("/classification/sector").page("/classification/sector", p.page);
            } else if (ADA_LINE.matcher(p.text).find()) {
                CodeReader.ada(p.text).forEach(a -> ada.putIfAbsent(a.code(), a));
                evidence.labelled("/classification/ada").page("/classification/ada", p.page);
            } else if (ISTAT_HEADING.matcher(p.text).find()) {
                section = "istat";
                evidence.labelled("/classification/istat").page("/classification/istat", p.page);
            } else if (ATECO_HEADING.matcher(p.text).find()) {
                section = "ateco";
                evidence.labelled("/classification/ateco").page("/classification/ateco", p.page);
            } else if (section.equals("istat")) {
                istat.addAll(CodeReader.istat(leadingCode(p.text)));
            } else if (section.equals("ateco")) {
                ateco.addAll(CodeReader.ateco(leadingCode(p.text)));
            }
        }
        List<Unit> units = CompetenceReader.read(content, evidence);
        evidence.expects(EXPECTED.toArray(String[]::new));
        return new StandardDraft(Kind.QUALIFICATION_RECORD,
                RegionFinder.find(content.textWithFurniture(), content.actRegion()), title(content, evidence),
                eqf(pieces, evidence), null,
                new Classification(sector, List.copyOf(ada.values()), istat, ateco, List.of(), null), null, null, null,
                List.of(), units, evidence.build());
    }

    /** "Livello EQF: 3" where the page prints it; an empty label is evidence of a missing value. */
    private static Integer eqf(List<Piece> pieces, Evidence.Builder evidence) {
        for (Piece p : pieces) {
            Matcher m = EQF.matcher(p.text.trim());
            if (m.matches()) {
                if (m.group(1) != null) {
                    evidence.at("/eqfLevel", p.region);
                    return Integer.parseInt(m.group(1));
                }
                evidence.missing("/eqfLevel", "Livello EQF", m.group(2) == null ? "" : m.group(2).trim(), p.region);
                return null;
            }
        }
        return null;
    }

    /** Keeps a row only when it starts with a code ("4.2.2.3.0 Centralinisti"), not a header. */
    private static String leadingCode(String text) {
        return text.matches("^\\d.*") ? text : "";
    }

    private static String title(AnnexContent content, Evidence.Builder evidence) {
        List<TextLine> lines = content.runningLines();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (BREADCRUMB.matcher(lines.get(i).text()).find()) {
                evidence.at("/title", lines.get(i + 1).region());
                return lines.get(i + 1).text().trim();
            }
        }
        return lines.stream().filter(l -> l.page() == content.part().pageStart())
                .max((a, b) -> Double.compare(a.fontSize(), b.fontSize())).map(l -> l.text().trim()).orElse("");
    }

    /** A running line or a table row as one text, cells joined by spaces. */
    record Piece(String text, int page, it.determina.model.BoundingBox region) {
    }

    static List<Piece> pieces(AnnexContent content) {
        List<Piece> out = new ArrayList<>();
        List<Block> blocks = content.blocks();
        double right = content.runningLines().stream().mapToDouble(TextLine::x1).max().orElse(0);
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Block.Line l) {
                List<TextLine> lines = new ArrayList<>(List.of(l.line()));
                while (ADA_LINE.matcher(l.line().text()).find() && i + 1 < blocks.size()
                        && blocks.get(i + 1) instanceof Block.Line next && continues(lines, next.line(), right)) {
                    lines.add(next.line());
                    i++;
                }
                out.add(new Piece(content.cleaner().join(lines.stream().map(TextLine::text).toList()), l.page(),
                        l.line().region()));
            } else if (b instanceof Block.Grid g) {
                for (Row r : g.table().rows()) {
                    List<String> cells = r.cells().stream().map(Cell::lineTexts)
                            .map(content.cleaner()::join).filter(t -> !t.isEmpty()).toList();
                    out.add(new Piece(String.join(" ", cells), r.page(), r.region()));
                }
            }
        }
        return out;
    }

    /** True when {@code next} is the wrapped rest of the last of {@code lines} (same indent, no new item). */
    private static boolean continues(List<TextLine> lines, TextLine next, double right) {
        TextLine last = lines.get(lines.size() - 1);
        if (Math.abs(next.x0() - lines.get(0).x0()) > INDENT || next.page() != last.page()) {
            return false;
        }
        return !ItemBreaks.of(List.of(lines.get(0), next), right).get(1) && !ItemBreaks.of(List.of(last, next), right).get(1);
    }

    /** Items of a list of running lines, which wrap at the widest running line of the annex. */
    static List<String> items(List<TextLine> lines, AnnexContent content) {
        double right = content.runningLines().stream().mapToDouble(TextLine::x1).max().orElse(0);
        return content.splitter().split(lines.stream().map(TextLine::text).toList(), ItemBreaks.of(lines, right));
    }

}
