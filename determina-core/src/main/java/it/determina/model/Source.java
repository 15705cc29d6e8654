package it.determina.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a standard sits: file, its SHA-256, 1-based inclusive pages, annex and act; {@code boxes}
 * (an addition to contract v1) maps JSON Pointers of this standard to where their values are printed;
 * {@code ocr} is true when some of its values were read by OCR, from the pages listed in {@code ocrPages};
 * {@code signature} describes the signed envelope the file came in, or is null.
 */
public record Source(String file, @Nullable String sha256, int pageStart, int pageEnd,
                     @Nullable String annex, @Nullable Determination determination, Map<String, BoundingBox> boxes,
                     boolean ocr, List<Integer> ocrPages, @Nullable Signature signature) {

    public Source {
        Objects.requireNonNull(file, "file");
        boxes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(boxes));
        ocrPages = List.copyOf(ocrPages);
        if (pageStart < 1 || pageEnd < pageStart) {
            throw new IllegalArgumentException("bad page range " + pageStart + ".." + pageEnd);
        }
    }
}
