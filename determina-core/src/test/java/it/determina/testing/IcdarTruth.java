package it.determina.testing;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * ICDAR 2013 table-structure ground truth ({@code NAME-str.xml}) and its adjacency relations, as the
 * competition defines them: each non-empty cell is linked to the nearest non-empty cell to its right in
 * every row it covers and below it in every column it covers; texts compared lower case, letters and
 * digits only. For tests of the table layer; the benchmark uses the shared Python evaluator.
 */
public final class IcdarTruth {

    /** A cell with inclusive row and column ranges. */
    public record GridCell(int r0, int r1, int c0, int c1, String text) {
    }

    private IcdarTruth() {
    }

    /** The tables of a {@code -str.xml} file, each as its cells (regions merged with their increments). */
    public static List<List<GridCell>> tables(Path strXml) throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(strXml.toFile());
        List<List<GridCell>> out = new ArrayList<>();
        NodeList tables = doc.getElementsByTagName("table");
        for (int t = 0; t < tables.getLength(); t++) {
            List<GridCell> cells = new ArrayList<>();
            NodeList regions = ((Element) tables.item(t)).getElementsByTagName("region");
            for (int g = 0; g < regions.getLength(); g++) {
                Element region = (Element) regions.item(g);
                int ri = intOr(region.getAttribute("row-increment"), 0);
                int ci = intOr(region.getAttribute("col-increment"), 0);
                NodeList cs = region.getElementsByTagName("cell");
                for (int k = 0; k < cs.getLength(); k++) {
                    Element c = (Element) cs.item(k);
                    int sr = Integer.parseInt(c.getAttribute("start-row"));
                    int sc = Integer.parseInt(c.getAttribute("start-col"));
                    int er = intOr(c.getAttribute("end-row"), sr);
                    int ec = intOr(c.getAttribute("end-col"), sc);
                    String text = c.getElementsByTagName("content").item(0).getTextContent();
                    cells.add(new GridCell(sr + ri, er + ri, sc + ci, ec + ci, text));
                }
            }
            out.add(cells);
        }
        return out;
    }

    private static int intOr(String v, int dflt) {
        return v == null || v.isBlank() ? dflt : Integer.parseInt(v.trim());
    }

    /** The adjacency relations of one table, as "a|b|H" / "a|b|V" with their counts. */
    public static Map<String, Integer> relations(List<GridCell> table) {
        List<GridCell> cells = table.stream().filter(c -> !c.text().isBlank()).toList();
        Set<String> pairs = new HashSet<>();
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            GridCell a = cells.get(i);
            for (int r = a.r0(); r <= a.r1(); r++) {
                int best = nearest(cells, a, r, true);
                if (best >= 0 && pairs.add(i + ">" + best + "H")) {
                    out.merge(norm(a.text()) + "|" + norm(cells.get(best).text()) + "|H", 1, Integer::sum);
                }
            }
            for (int c = a.c0(); c <= a.c1(); c++) {
                int best = nearest(cells, a, c, false);
                if (best >= 0 && pairs.add(i + ">" + best + "V")) {
                    out.merge(norm(a.text()) + "|" + norm(cells.get(best).text()) + "|V", 1, Integer::sum);
                }
            }
        }
        return out;
    }

    private static int nearest(List<GridCell> cells, GridCell a, int line, boolean right) {
        int best = -1;
        int bestPos = Integer.MAX_VALUE;
        for (int j = 0; j < cells.size(); j++) {
            GridCell b = cells.get(j);
            boolean onLine = right ? b.r0() <= line && line <= b.r1() : b.c0() <= line && line <= b.c1();
            int pos = right ? b.c0() : b.r0();
            int after = right ? a.c1() : a.r1();
            if (onLine && pos > after && pos < bestPos) {
                best = j;
                bestPos = pos;
            }
        }
        return best;
    }

    static String norm(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        t.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** Relations matched between two multisets. */
    public static int matched(Map<String, Integer> truth, Map<String, Integer> found) {
        int m = 0;
        for (var e : found.entrySet()) {
            m += Math.min(e.getValue(), truth.getOrDefault(e.getKey(), 0));
        }
        return m;
    }

    /** The multisets of several tables pooled. */
    public static Map<String, Integer> pooled(List<List<GridCell>> tables) {
        Map<String, Integer> out = new HashMap<>();
        for (List<GridCell> t : tables) {
            relations(t).forEach((k, v) -> out.merge(k, v, Integer::sum));
        }
        return out;
    }
}
