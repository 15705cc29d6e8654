package it.determina.family;

import it.determina.model.BoundingBox;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Facts a parser saw that the canonical values cannot carry: on which page each field was printed,
 * which labelled figures were empty, where a unit is named a second time, and which totals the
 * document declares to be the sum of the units. Built while parsing, read by the checks.
 *
 * <p>For the self-checks (issue 11, "never silent") it also carries what the family's layout states
 * ({@code expected}: pointers of the fields and unit cells every standard of the family prints), which
 * of those labels the parser found ({@code labelled}: the label, column or section was there, whatever its
 * value), values it read but doubts ({@code doubts}), text of the standard's tables it attached to no field
 * ({@code unread}), how many units the standard lists besides the units read ({@code listed}), and the
 * lowest OCR confidence of the words of each value printed on a scanned page ({@code ocrConfidence}).
 */
public record Evidence(Map<String, Integer> pages, Map<String, BoundingBox> boxes, List<Missing> missing,
                       List<AltTitle> altTitles, boolean totalIsUnitSum, boolean distanceTotalIsUnitSum,
                       List<Integer> unreadablePages, Reading reading, Map<String, Integer> ocrConfidence) {

    /** A labelled figure (a duration, a level) printed with no number; {@code pointer} is its field. */
    public record Missing(String pointer, String label, String raw, int page) {
    }

    /** Another spelling of unit {@code unitIndex}'s title, as printed on {@code page}. */
    public record AltTitle(int unitIndex, String title, int page) {
    }

    /** A value read, but from text that does not look like what the field holds; {@code reason} says why. */
    public record Doubt(String pointer, String reason, int page) {
    }

    /** Text of the standard ({@code pointer} "" ) or of a unit ({@code /units/i}) that went into no field. */
    public record Unread(String pointer, String text, int page) {
    }

    /** The number of units the standard names in another place ({@code where}, on {@code page}). */
    public record Listed(int count, String where, int page) {
    }

    /** What the parser knows about its own reading; see the class comment. */
    public record Reading(List<String> expected, Set<String> labelled, List<Doubt> doubts, List<Unread> unread,
                          @Nullable Listed listed) {

        public Reading {
            expected = List.copyOf(new LinkedHashSet<>(expected));
            labelled = Set.copyOf(labelled);
            doubts = List.copyOf(doubts);
            unread = List.copyOf(unread);
        }

        public static Reading none() {
            return new Reading(List.of(), Set.of(), List.of(), List.of(), null);
        }
    }

    public Evidence {
        pages = Map.copyOf(pages);
        boxes = Map.copyOf(boxes);
        missing = List.copyOf(missing);
        altTitles = List.copyOf(altTitles);
        unreadablePages = List.copyOf(unreadablePages);
        ocrConfidence = Map.copyOf(ocrConfidence);
    }

    /** The same evidence, with the pages of the part that had no text and could not be read. */
    public Evidence withUnreadablePages(List<Integer> pagesWithoutText) {
        return new Evidence(pages, boxes, missing, altTitles, totalIsUnitSum, distanceTotalIsUnitSum, pagesWithoutText,
                reading, ocrConfidence);
    }

    /** The same evidence, with the lowest OCR word confidence of each value printed on a scanned page. */
    public Evidence withOcrConfidence(Map<String, Integer> confidence) {
        return new Evidence(pages, boxes, missing, altTitles, totalIsUnitSum, distanceTotalIsUnitSum, unreadablePages,
                reading, confidence);
    }

    /** True when the parser recorded {@code pointer}'s figure as printed empty or not a number. */
    public boolean isMissing(String pointer) {
        return missing.stream().anyMatch(m -> m.pointer().equals(pointer));
    }

    /** Where a field is printed, or its closest enclosing field; null when unknown. */
    public @Nullable BoundingBox boxOf(String pointer) {
        String p = pointer;
        while (!p.isEmpty()) {
            BoundingBox r = boxes.get(p);
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
        private final Map<String, BoundingBox> boxes = new HashMap<>();
        private final List<Missing> missing = new ArrayList<>();
        private final List<AltTitle> altTitles = new ArrayList<>();
        private final List<String> expected = new ArrayList<>();
        private final Set<String> labelled = new LinkedHashSet<>();
        private final List<Doubt> doubts = new ArrayList<>();
        private final List<Unread> unread = new ArrayList<>();
        private @Nullable Listed listed;
        private boolean totalIsUnitSum;
        private boolean distanceTotalIsUnitSum;

        public Builder page(String pointer, int page) {
            pages.putIfAbsent(pointer, page);
            return this;
        }

        /** Records where the value of {@code pointer} is printed: its label was found. */
        public Builder at(String pointer, BoundingBox box) {
            boxes.putIfAbsent(pointer, box);
            labelled.add(pointer);
            return page(pointer, box.page());
        }

        public Builder missing(String pointer, String label, String raw, BoundingBox box) {
            at(pointer, box);
            return missing(pointer, label, raw, box.page());
        }

        public Builder missing(String pointer, String label, String raw, int page) {
            missing.add(new Missing(pointer, label, raw, page));
            labelled.add(pointer);
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

        /** The family's layout prints these fields (or unit cells): each is expected to come out with a value. */
        public Builder expects(String... pointers) {
            expected.addAll(List.of(pointers));
            return this;
        }

        /** The label of {@code pointer} (its row, column or section) was found, whatever its value. */
        public Builder labelled(String pointer) {
            labelled.add(pointer);
            return this;
        }

        /** The value of {@code pointer} was read from text that may hold something else. */
        public Builder doubt(String pointer, String reason, int page) {
            doubts.add(new Doubt(pointer, reason, page));
            return this;
        }

        /** Text of the standard ({@code pointer} "") or of unit {@code pointer} that went into no field. */
        public Builder unread(String pointer, String text, int page) {
            unread.add(new Unread(pointer, text, page));
            return this;
        }

        /** The standard names {@code count} units in {@code where}, on {@code page} (the first such record wins). */
        public Builder listed(int count, String where, int page) {
            if (listed == null) {
                listed = new Listed(count, where, page);
            }
            return this;
        }

        public Evidence build() {
            return new Evidence(pages, boxes, missing, altTitles, totalIsUnitSum, distanceTotalIsUnitSum, List.of(),
                    new Reading(expected, labelled, doubts, unread, listed), Map.of());
        }
    }
}
