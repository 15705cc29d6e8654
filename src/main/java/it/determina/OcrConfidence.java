package it.determina;

import it.determina.layout.PageText;
import it.determina.layout.TextLine;
import it.determina.layout.Word;
import it.determina.model.Region;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * How sure OCR was of each value of a standard: for every field whose place is known (the evidence's
 * boxes) on a page read by OCR, the lowest Tesseract confidence among the words printed there.
 * Fields on pages of the text layer get no entry. Pure function.
 */
final class OcrConfidence {

    /** Slack (points) around a value's box: OCR boxes and table cells do not align to the point. */
    private static final double SLACK = 1.0;

    private OcrConfidence() {
    }

    /** JSON Pointer to lowest word confidence (0..100), for the fields of {@code boxes} printed on OCR pages. */
    static Map<String, Integer> of(Map<String, Region> boxes, List<PageText> pages) {
        Map<String, Integer> out = new HashMap<>();
        boxes.forEach((pointer, region) -> {
            if (region.page() <= pages.size() && pages.get(region.page() - 1).ocr()) {
                lowest(pages.get(region.page() - 1), region).ifPresent(c -> out.put(pointer, c));
            }
        });
        return out;
    }

    private static OptionalInt lowest(PageText page, Region region) {
        List<Double> b = region.bbox();
        return page.lines().stream().flatMap((TextLine l) -> l.words().stream())
                .filter(w -> w.ocrConfidence() != null)
                .filter(w -> w.centerX() >= b.get(0) - SLACK && w.centerX() <= b.get(2) + SLACK
                        && w.centerY() >= b.get(1) - SLACK && w.centerY() <= b.get(3) + SLACK)
                .mapToInt(Word::ocrConfidence).min();
    }
}
