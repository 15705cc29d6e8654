package it.determina.family.lazio;

import it.determina.family.AnnexContent;
import it.determina.family.Evidence;
import it.determina.family.Labels;
import it.determina.model.CompetenceUnitRef;
import it.determina.model.Unit;
import it.determina.tables.Block;
import it.determina.tables.Cell;
import it.determina.tables.Row;
import it.determina.tables.StreamKeyValue;
import it.determina.tables.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Section 1 of a Lazio standard: the table pairing each competence unit (UC) with its learning-outcome
 * unit (URA). Row i names unit i; its UC becomes the unit's competence unit ("--" means none) and its
 * URA title is kept as a second spelling of the unit's title.
 */
final class CorrespondenceReader {

    static final Pattern HEADER_UC = Pattern.compile("unitadicompetenza");
    static final Pattern HEADER_URA = Pattern.compile("risultatidiapprendimento|unitadirisultati");
    // "--", "—", "-", "n.d."
    static final Pattern NONE = Pattern.compile("^\\s*([-–—]+|n\\.?d\\.?|nessuna)?\\s*$", Pattern.CASE_INSENSITIVE);
    // "Gestione delle relazioni con il cliente (2299)"
    static final Pattern UC_CODE = Pattern.compile("\\s*\\((\\d{2,6})\\)\\s*$");

    private CorrespondenceReader() {
    }

    static List<Unit> attach(List<Unit> units, AnnexContent content, Sections.@Nullable Section section,
                             Evidence.Builder evidence) {
        Table table = content.tables().stream().filter(CorrespondenceReader::isCorrespondence).findFirst().orElse(null);
        List<Row> rows = table != null ? table.rows().subList(1, table.rows().size()) : unruledRows(section);
        rows = rows.stream().filter(r -> !r.isBlank()).toList();
        if (rows.isEmpty()) {
            return units;
        }
        long named = rows.stream().filter(r -> opensUnit(text(r.at(1), content))).count();
        evidence.listed((int) named, "the correspondence table (section 1)", rows.get(0).page());
        List<Unit> out = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (i >= rows.size()) {
                out.add(u);
                continue;
            }
            Row row = rows.get(i);
            String uc = text(row.at(0), content);
            String ura = text(row.at(1), content);
            if (!ura.isEmpty()) {
                evidence.altTitle(i, ura, row.page());
            }
            out.add(LazioPercorsoFamily.withCompetenceUnit(u, NONE.matcher(uc).matches() ? null : ref(uc)));
        }
        return out;
    }

    /** The rows of the section's table printed without rulings, its header row left out. */
    private static List<Row> unruledRows(Sections.@Nullable Section section) {
        if (section == null) {
            return List.of();
        }
        List<Block> lines = section.lines().stream().map(l -> (Block) new Block.Line(l)).toList();
        List<Row> rows = new ArrayList<>();
        for (Block b : StreamKeyValue.infer(lines)) {
            if (b instanceof Block.Grid g) {
                rows.addAll(g.table().rows());
            }
        }
        if (!rows.isEmpty() && rows.get(0).cells().size() == 2
                && HEADER_UC.matcher(Labels.key(rows.get(0).cells().get(0).text())).find()) {
            rows.remove(0);
        }
        return rows;
    }

    /**
     * True for a row that names a unit: its URA cell opens with a capital or a figure. A row whose URA goes on
     * in lower case ("magazzino", "trasporti") is the wrapped rest of the row above, printed without rules.
     */
    private static boolean opensUnit(String ura) {
        return !ura.isEmpty() && (Character.isUpperCase(ura.codePointAt(0)) || Character.isDigit(ura.codePointAt(0)));
    }

    private static CompetenceUnitRef ref(String uc) {
        Matcher m = UC_CODE.matcher(uc);
        return m.find() ? new CompetenceUnitRef(uc.substring(0, m.start()).trim(), m.group(1))
                : new CompetenceUnitRef(uc, null);
    }

    private static boolean isCorrespondence(Table t) {
        if (t.rows().isEmpty() || t.columnCount() != 2) {
            return false;
        }
        List<Cell> header = t.rows().get(0).cells();
        return header.size() == 2 && HEADER_UC.matcher(Labels.key(header.get(0).text())).find()
                && HEADER_URA.matcher(Labels.key(header.get(1).text())).find();
    }

    private static String text(@Nullable Cell c, AnnexContent content) {
        return c == null ? "" : content.cleaner().join(c.lineTexts());
    }
}
