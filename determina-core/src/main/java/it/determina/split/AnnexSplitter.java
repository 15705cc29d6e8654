package it.determina.split;

import it.determina.layout.TextLine;
import it.determina.model.Determination;
import it.determina.tables.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Splits a determination into its annexes. An annex starts on a page whose first lines carry a lone
 * annex heading ("ALLEGATO 16", "Allegato n. 2", "ALLEGATO A"); it ends where the next one starts.
 * Pages before the first annex are the act itself. A file without headings is one part, annex null.
 */
public final class AnnexSplitter {

    // "ALLEGATO 16", "Allegato n. 2", "ALLEGATO A", "Allegato 3 - Standard formativo",
    // "Allegato 1 al Decreto Dirigenziale n. 412", "ALLEGATO 2)"
    static final Pattern ANNEX_HEADING = Pattern.compile(
            "^\\s*ALLEGATO\\s+(?:N\\.?\\s*|N°\\s*)?([0-9]{1,3}|[A-Z](?![a-z]))\\)?"
            + "(?:\\s*[-–:.].*|\\s+(?:al|alla|allo|del|della|dello|alle)\\s.*)?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** How many lines from the top of a page an annex heading may stand. */
    private static final int HEADING_WINDOW = 4;

    private AnnexSplitter() {
    }

    /**
     * @param pages content blocks per page (furniture removed), page 1 first
     * @param furniture the furniture lines of the whole file (act stamps name the act too)
     */
    public static Split split(List<List<Block>> pages, List<TextLine> furniture) {
        List<Integer> starts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            String label = headingOf(pages.get(i));
            if (label != null) {
                starts.add(i + 1);
                labels.add(label);
            }
        }
        if (starts.isEmpty()) {
            return new Split(0, List.of(new Part(null, 1, Math.max(1, pages.size()))), null);
        }
        List<Part> parts = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) - 1 : pages.size();
            parts.add(new Part(labels.get(k), starts.get(k), end));
        }
        int actPages = starts.get(0) - 1;
        Determination act = actPages == 0 ? null
                : DeterminationReader.read(actLines(pages.subList(0, actPages), furniture, actPages));
        return new Split(actPages, parts, act);
    }

    private static @Nullable String headingOf(List<Block> page) {
        int seen = 0;
        for (Block b : page) {
            if (seen++ >= HEADING_WINDOW) {
                break;
            }
            if (b instanceof Block.Line l) {
                Matcher m = ANNEX_HEADING.matcher(l.line().text());
                if (m.matches()) {
                    return m.group(1).toUpperCase();
                }
            }
        }
        return null;
    }

    private static List<String> actLines(List<List<Block>> actPages, List<TextLine> furniture, int lastPage) {
        List<String> lines = new ArrayList<>();
        furniture.stream().filter(l -> l.page() <= lastPage).forEach(l -> lines.add(l.text()));
        for (List<Block> page : actPages) {
            for (Block b : page) {
                if (b instanceof Block.Line l) {
                    lines.add(l.line().text());
                }
            }
        }
        return lines;
    }
}
