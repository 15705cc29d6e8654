package it.determina.model;

import java.util.List;
import java.util.Objects;

/**
 * Where a value is printed: a 1-based page and a box {@code [left, top, right, bottom]} in PDF points
 * with the origin at the top-left corner of the page as displayed (y grows downwards).
 */
public record BoundingBox(int page, List<Double> bbox) {

    public BoundingBox {
        Objects.requireNonNull(bbox, "bbox");
        bbox = List.copyOf(bbox);
        if (page < 1 || bbox.size() != 4) {
            throw new IllegalArgumentException("a bounding box is a page >= 1 and four coordinates");
        }
    }

    public static BoundingBox of(int page, double left, double top, double right, double bottom) {
        return new BoundingBox(page, List.of(left, top, right, bottom));
    }

    /** The smallest box holding both, on this box's page (a value continued on the next page keeps its first page). */
    public BoundingBox union(BoundingBox other) {
        if (other.page != page) {
            return this;
        }
        return of(page, Math.min(bbox.get(0), other.bbox.get(0)), Math.min(bbox.get(1), other.bbox.get(1)),
                Math.max(bbox.get(2), other.bbox.get(2)), Math.max(bbox.get(3), other.bbox.get(3)));
    }
}
