package it.determina.family.atlante;

import it.determina.family.AnnexContent;
import it.determina.family.Evidence;
import it.determina.layout.TextLine;
import it.determina.model.Unit;
import it.determina.model.UnitKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Reads the competences of an Atlante page from its running lines. A competence opens at "Titolo:";
 * its CONOSCENZE and ABILITÀ/CAPACITÀ lists run until a line that starts left of their items or a
 * new heading.
 */
final class CompetenceReader {

    /** Tolerance (points) for "the same indentation". */
    private static final double INDENT = 3.0;
    /** The parts every competence of an Atlante page prints. */
    static final List<String> CELLS = List.of("/title", "/expectedResult", "/knowledge", "/skills");

    private CompetenceReader() {
    }

    static List<Unit> read(AnnexContent content, Evidence.Builder evidence) {
        List<TextLine> lines = content.runningLines();
        List<Unit> units = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Matcher title = AtlanteFamily.TITLE.matcher(lines.get(i).text().trim());
            if (!title.matches()) {
                i++;
                continue;
            }
            String at = "/units/" + units.size();
            evidence.at(at, lines.get(i).region()).labelled(at + "/title");
            for (String cell : CELLS) {
                evidence.expects(at + cell);
            }
            List<String> titleLines = new ArrayList<>(List.of(title.group(1)));
            int j = i + 1;
            while (j < lines.size() && !AtlanteFamily.FIELD_START.matcher(lines.get(j).text().trim()).find()
                    && !isListHeading(lines.get(j))) {
                titleLines.add(lines.get(j++).text());
            }
            String objective = null;
            List<TextLine> knowledge = List.of();
            List<TextLine> skills = List.of();
            while (j < lines.size() && !AtlanteFamily.TITLE.matcher(lines.get(j).text().trim()).matches()) {
                String t = lines.get(j).text().trim();
                Matcher obj = AtlanteFamily.OBJECTIVE.matcher(t);
                if (obj.matches() && objective == null) {
                    objective = obj.group(1);
                    evidence.labelled(at + "/expectedResult");
                    j++;
                } else if (AtlanteFamily.KNOWLEDGE.matcher(t).matches()) {
                    knowledge = list(lines, j + 1);
                    evidence.labelled(at + "/knowledge");
                    j += 1 + knowledge.size();
                } else if (AtlanteFamily.SKILLS.matcher(t).matches()) {
                    evidence.labelled(at + "/skills");
                    skills = list(lines, j + 1);
                    j += 1 + skills.size();
                } else if (AtlanteFamily.ISTAT_HEADING.matcher(t).find() || AtlanteFamily.ATECO_HEADING.matcher(t).find()) {
                    break;
                } else {
                    j++;
                }
            }
            units.add(new Unit(units.size() + 1, UnitKind.COMPETENCE, content.cleaner().join(titleLines), null, null,
                    null, null, null, null, objective == null ? null : objective.trim(),
                    AtlanteFamily.items(knowledge, content), AtlanteFamily.items(skills, content), null));
            i = j;
        }
        return units;
    }

    private static boolean isListHeading(TextLine line) {
        String t = line.text().trim();
        return AtlanteFamily.KNOWLEDGE.matcher(t).matches() || AtlanteFamily.SKILLS.matcher(t).matches();
    }

    /** The list lines from {@code start}: indented at least as far as the first, up to a heading. */
    private static List<TextLine> list(List<TextLine> lines, int start) {
        List<TextLine> out = new ArrayList<>();
        if (start >= lines.size()) {
            return out;
        }
        double indent = lines.get(start).x0();
        for (int k = start; k < lines.size(); k++) {
            TextLine l = lines.get(k);
            String t = l.text().trim();
            if (l.x0() < indent - INDENT || isListHeading(l) || AtlanteFamily.TITLE.matcher(t).matches()
                    || AtlanteFamily.ISTAT_HEADING.matcher(t).find() || AtlanteFamily.ATECO_HEADING.matcher(t).find()) {
                break;
            }
            out.add(l);
        }
        return out;
    }
}
