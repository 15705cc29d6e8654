package it.determina.layout;

import it.determina.model.BoundingBox;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Words sharing one baseline on one page, left to right. Lines are never empty.
 */
public record TextLine(int page, List<Word> words) {

    public TextLine {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a line has at least one word");
        }
    }

    public String text() {
        return words.stream().map(Word::text).collect(Collectors.joining(" "));
    }

    public double x0() {
        return words.get(0).x0();
    }

    public double x1() {
        return words.get(words.size() - 1).x1();
    }

    public double top() {
        return words.stream().mapToDouble(Word::top).min().orElseThrow();
    }

    public double bottom() {
        return words.stream().mapToDouble(Word::bottom).max().orElseThrow();
    }

    public double fontSize() {
        return words.stream().mapToDouble(Word::fontSize).max().orElseThrow();
    }

    /** Where the line is printed. */
    public BoundingBox box() {
        return BoundingBox.of(page, x0(), top(), x1(), bottom());
    }

    /** The words whose centre lies between {@code from} (inclusive) and {@code to} (exclusive), or null if none. */
    public @Nullable TextLine slice(double from, double to) {
        List<Word> inside = words.stream().filter(w -> w.centerX() >= from && w.centerX() < to).toList();
        return inside.isEmpty() ? null : new TextLine(page, inside);
    }
}
