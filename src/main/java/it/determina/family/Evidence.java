package it.determina.family;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import it.determina.model.Region;
import org.jspecify.annotations.Nullable;

/**
 * Facts a parser saw that the canonical values cannot carry: on which page each field was printed,
 * which labelled figures were empty, where a unit is named a second time, and which totals the
 * document declares to be the sum of the units. Built while parsing, read by the checks.
 */
public record Evidence(Map<String, Integer> pages, Map<String, Region> boxes, List<Missing> missing,
                       List<AltTitle> altTitles, boolean totalIsUnitSum, boolean distanceTotalIsUnitSum,
                       List<Integer> unreadablePages) {

    /** A labelled figure (a duration, a level) printed with no number; {@code pointer} is its field. */
    public record Missing(String pointer, String label, String raw, int page) {
    }

    /** Another spelling of unit {@code unitIndex}'s title, as printed on {@code page}. */
    public record AltTitle(int unitIndex, String title, int page) {
    }

    public Evidence {
        pages = Map.copyOf(pages);
        boxes = Map.copyOf(boxes);
        missing = List.copyOf(missing);
        altTitles = List.copyOf(altTitles);
        unreadablePages = List.copyOf(unreadablePages);
    }

    /** The same evidence, with the pages of the part that had no text and could not be read. */
    public Evidence withUnreadablePages(List<Integer> pagesWithoutText) {
        return new Evidence(pages, boxes, missing, altTitles, totalIsUnitSum, distanceTotalIsUnitSum, pagesWithoutText);
    }

    /** Where a field is printed, or its closest enclosing field; null when unknown. */
    public @Nullable Region regionOf(String pointer) {
        String p = pointer;
        while (!p.isEmpty()) {
            Region r = boxes.get(p);
            if (r != null) {
                return r;
            }
            int slash = p.lastIndexOf('/');
            p = slash <= 0 ? "" : p.substring(0, slash);
        }
        return null;
    }

    /** The page of a field, of the closest enclosing field that has one, or null. */
    public @Nullable Integer pageOf(String pointer) {
        String p = pointer;
        while (!p.isEmpty()) {
            Integer page = pages.get(p);
            if (page != null) {
                return page;
            }
            int slash = p.lastIndexOf('/');
            p = slash <= 0 ? "" : p.substring(0, slash);
        }
        return pages.get("");
    }

    /** Collects evidence during one parse. */
    public static final class Builder {
        private final Map<String, Integer> pages = new HashMap<>();
        private final Map<String, Region> boxes = new HashMap<>();
        private final List<Missing> missing = new ArrayList<>();
        private final List<AltTitle> altTitles = new ArrayList<>();
        private boolean totalIsUnitSum;
        private boolean distanceTotalIsUnitSum;

        public Builder page(String pointer, int page) {
            pages.putIfAbsent(pointer, page);
            return this;
        }

        /** Records where the value of {@code pointer} is printed. */
        public Builder at(String pointer, Region region) {
            boxes.putIfAbsent(pointer, region);
            return page(pointer, region.page());
        }

        public Builder missing(String pointer, String label, String raw, Region region) {
            at(pointer, region);
            return missing(pointer, label, raw, region.page());
        }

        public Builder missing(String pointer, String label, String raw, int page) {
            missing.add(new Missing(pointer, label, raw, page));
            return page(pointer, page);
        }

        public Builder altTitle(int unitIndex, String title, int page) {
            altTitles.add(new AltTitle(unitIndex, title, page));
            return this;
        }

        public Builder totalIsUnitSum() {
            totalIsUnitSum = true;
            return this;
        }

        public Builder distanceTotalIsUnitSum() {
            distanceTotalIsUnitSum = true;
            return this;
        }

        public Evidence build() {
            return new Evidence(pages, boxes, missing, altTitles, totalIsUnitSum, distanceTotalIsUnitSum, List.of());
        }
    }
}
