package it.determina.family;

import it.determina.layout.TextLine;
import java.util.ArrayList;
import java.util.List;

/** The lines of one list, gathered from one or more entries, with where each item starts. */
public final class ListLines {

    private final List<TextLine> lines = new ArrayList<>();
    private final List<Boolean> starts = new ArrayList<>();

    public void add(Entry e) {
        lines.addAll(e.value());
        starts.addAll(e.itemStarts());
    }

    public void add(List<TextLine> more, double right) {
        lines.addAll(more);
        starts.addAll(ItemBreaks.of(more, right));
    }

    /** The list's items, cleaned; empty when no lines were added. */
    public List<String> items(AnnexContent content) {
        return content.splitter().split(lines.stream().map(TextLine::text).toList(), starts);
    }
}
