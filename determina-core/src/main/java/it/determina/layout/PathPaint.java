package it.determina.layout;

import java.awt.geom.Rectangle2D;
import org.jspecify.annotations.Nullable;

/**
 * One path as a page paints it (a stroke, a fill, or both), recorded by the same content-stream walk that
 * collects the page's glyphs, so that the rulings need no second walk (issue 14). Coordinates are in page
 * space: points from the top-left corner of the CropBox, y downwards.
 *
 * @param stroked   the path was stroked ({@code S}, {@code s}, {@code B}...)
 * @param filled    the path was filled ({@code f}, {@code F}, {@code B}...); filled before it was stroked
 * @param polyline  the path's points as triples {x, y, joined}, joined 1 for a point drawn to from the
 *                  previous one and 0 for a point moved to (a closing segment is a point drawn back to the
 *                  sub-path's start); null when the path has curves (an arc or a letter, not a line)
 * @param strokeRgb the stroking colour as 0xRRGGBB, {@link #PAPER} when fully transparent, {@link #UNKNOWN}
 *                  for a paint whose colour cannot be told (a pattern)
 * @param fillRgb   the filling colour, the same way
 * @param lineWidth the line width in points of page space (the width times the CTM's horizontal scale)
 * @param clip      the bounds of the clipping path in force when the path was painted, in page space
 */
public record PathPaint(boolean stroked, boolean filled, double @Nullable [] polyline, int strokeRgb, int fillRgb,
                        double lineWidth, Rectangle2D clip) {

    /** The colour of paper: a page shows white where nothing is painted. */
    public static final int PAPER = 0xFFFFFF;
    /** Colour of a paint whose colour cannot be told (patterns): always visible. */
    public static final int UNKNOWN = -1;

    /** True when the path has no curves: {@link #polyline()} is not null. */
    public boolean straight() {
        return polyline != null;
    }
}
