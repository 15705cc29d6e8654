package it.determina.tables;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Boxes the page break cut open. A box drawn around a table or a sheet (a frame, no rule between its
 * rows) that goes on over the page break has a rule across its top and its two sides running down to the
 * foot of the page, with no rule under them; its rest on the next page has its sides coming from the top
 * of the page down to a rule under them, with or without a rule above. The missing rule is where the
 * sides end: adding it there closes the box, so that its rows are read as those of a closed frame, and
 * {@link TableStitcher} joins the two parts as any table continued over a break. Positions are PDF
 * points, top-left origin.
 */
final class OpenFrames {

    /** A side meets a rule's end within this many points, across or down the page. */
    private static final double MEET = 2.5;
    /** Sides shorter than this many points frame nothing. */
    private static final double MIN_SIDE = 12;

    private OpenFrames() {
    }

    /**
     * The horizontal rules with the missing rule of every open box added: for each rule whose two ends a
     * side meets, and whose sides both run on (down, or up) to where no rule across the box ends them, a
     * rule from end to end at the nearer end of the two sides. Rules of a closed box, of a lattice (its
     * sides are not {@code columnRules}) and rules with no sides come back unchanged.
     *
     * @param rules       the page's horizontal rules
     * @param columnRules the page's vertical rules that bound no lattice cell
     * @return {@code rules} and the closing rules, in no particular order
     */
    static List<GridExtractor.Rule> closed(List<GridExtractor.Rule> rules, List<GridExtractor.ColumnRule> columnRules) {
        List<GridExtractor.Rule> out = new ArrayList<>(rules);
        for (GridExtractor.Rule r : rules) {
            close(r, rules, columnRules, true, out);
            close(r, rules, columnRules, false, out);
        }
        return out;
    }

    /** Adds to {@code out} the rule closing the box that hangs from {@code r} ({@code down}) or stands on it. */
    private static void close(GridExtractor.Rule r, List<GridExtractor.Rule> rules, List<GridExtractor.ColumnRule> sides,
                              boolean down, List<GridExtractor.Rule> out) {
        GridExtractor.ColumnRule left = side(r, r.x0(), sides, down);
        GridExtractor.ColumnRule right = side(r, r.x1(), sides, down);
        if (left == null || right == null) {
            return;
        }
        double end = down ? Math.min(left.bottom(), right.bottom()) : Math.max(left.top(), right.top());
        // a rule across the box anywhere along its sides, up to their end, shuts it
        double from = down ? r.y() + MEET : end - MEET;
        double to = down ? end + MEET : r.y() - MEET;
        boolean shut = rules.stream().anyMatch(o -> o.y() > from && o.y() < to
                && Math.abs(o.x0() - r.x0()) <= MEET && Math.abs(o.x1() - r.x1()) <= MEET);
        if (!shut) {
            out.add(new GridExtractor.Rule(r.x0(), r.x1(), end));
        }
    }

    /** The side at {@code x} leaving the rule downwards ({@code down}) or reaching it from above, or null. */
    private static GridExtractor.@Nullable ColumnRule side(GridExtractor.Rule r, double x, List<GridExtractor.ColumnRule> sides,
                                                         boolean down) {
        for (GridExtractor.ColumnRule s : sides) {
            boolean meets = Math.abs(s.x() - x) <= MEET && (down ? Math.abs(s.top() - r.y()) <= MEET : Math.abs(s.bottom() - r.y()) <= MEET);
            if (meets && s.bottom() - s.top() >= MIN_SIDE) {
                return s;
            }
        }
        return null;
    }
}
