package it.determina.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Groups a page's words into lines: words whose vertical extents overlap enough share a line. */
public final class LineBuilder {

    /** Share of the smaller word height two words must overlap vertically to be on one line. */
    private static final double MIN_VERTICAL_OVERLAP = 0.5;

    private LineBuilder() {
    }

    /** Lines of {@code words} on page {@code page}, top to bottom, each left to right. */
    public static List<TextLine> build(int page, List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::bottom));
        List<List<Word>> groups = new ArrayList<>();
        for (Word w : sorted) {
            List<Word> target = null;
            for (int i = groups.size() - 1; i >= 0 && i >= groups.size() - 3; i--) {
                if (sharesLine(groups.get(i), w)) {
                    target = groups.get(i);
                    break;
                }
            }
            if (target == null) {
                target = new ArrayList<>();
                groups.add(target);
            }
            target.add(w);
        }
        List<TextLine> lines = new ArrayList<>();
        for (List<Word> g : groups) {
            g.sort(Comparator.comparingDouble(Word::x0));
            lines.add(new TextLine(page, g));
        }
        lines.sort(Comparator.comparingDouble(TextLine::bottom));
        return lines;
    }

    private static boolean sharesLine(List<Word> line, Word w) {
        Word ref = line.get(0);
        double overlap = Math.min(ref.bottom(), w.bottom()) - Math.max(ref.top(), w.top());
        double smaller = Math.max(0.1, Math.min(ref.height(), w.height()));
        return overlap / smaller >= MIN_VERTICAL_OVERLAP;
    }
}
