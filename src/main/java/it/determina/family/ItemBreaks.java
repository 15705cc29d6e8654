package it.determina.family;

import it.determina.layout.TextLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a list printed one item per line, without markers, starts its items: a line starts a new item
 * when the line before it ended early enough that this line's first word would have fitted after it.
 */
public final class ItemBreaks {

    /** Slack (points) for justified and padded text. */
    private static final double SLACK = 2.0;

    private ItemBreaks() {
    }

    public static List<Boolean> of(List<TextLine> lines) {
        double right = lines.stream().mapToDouble(TextLine::x1).max().orElse(0);
        List<Boolean> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i == 0) {
                starts.add(true);
                continue;
            }
            TextLine prev = lines.get(i - 1);
            TextLine cur = lines.get(i);
            double space = cur.fontSize() * 0.3;
            double firstWord = cur.words().get(0).x1() - cur.words().get(0).x0();
            boolean samePage = prev.page() == cur.page();
            starts.add(samePage && prev.x1() + space + firstWord < right - SLACK);
        }
        return starts;
    }
}
