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
        joinMarks(groups);
        List<TextLine> lines = new ArrayList<>();
        for (List<Word> g : groups) {
            g.sort(Comparator.comparingDouble(Word::x0));
            lines.add(new TextLine(page, g));
        }
        lines.sort(Comparator.comparingDouble(TextLine::bottom));
        return lines;
    }

    /**
     * A group of footnote marks alone ("¹", "⁽²⁾": set raised, they overlap the line they mark too little
     * to share it) joins the group holding the word they follow ({@link Superscripts#marks}), so that the
     * heading "DURATE MINIME:" + "¹" is one line and the mark does not stand as a line of its own.
     */
    private static void joinMarks(List<List<Word>> groups) {
        for (int i = 0; i < groups.size(); i++) {
            List<Word> marks = groups.get(i);
            if (!marks.stream().allMatch(w -> Superscripts.isRaisedText(w.text()))) {
                continue;
            }
            Word first = marks.stream().min(Comparator.comparingDouble(Word::x0)).orElseThrow();
            for (List<Word> g : groups) {
                if (g != marks && g.stream().anyMatch(base -> Superscripts.marks(first, base))) {
                    g.addAll(marks);
                    groups.remove(i--);
                    break;
                }
            }
        }
    }

    private static boolean sharesLine(List<Word> line, Word w) {
        Word ref = line.get(0);
        double overlap = Math.min(ref.bottom(), w.bottom()) - Math.max(ref.top(), w.top());
        double smaller = Math.max(0.1, Math.min(ref.height(), w.height()));
        return overlap / smaller >= MIN_VERTICAL_OVERLAP;
    }
}
