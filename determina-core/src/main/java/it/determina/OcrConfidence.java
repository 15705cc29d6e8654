package it.determina;

import it.determina.layout.PageText;
import it.determina.layout.TextLine;
import it.determina.layout.Word;
import it.determina.model.BoundingBox;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * How sure OCR was of each value of a standard: for every field whose place is known (the evidence's
 * boxes) on a page read by OCR, the confidence of the words printed there ({@link #lowest}).
 * Fields on pages of the text layer get no entry. Pure function.
 */
final class OcrConfidence {

    /** Words a value's region holds at most to be judged by its least sure word. */
    private static final int FEW_WORDS = 3;
    /** Slack (points) around a value's box: OCR boxes and table cells do not align to the point. */
    private static final double SLACK = 1.0;

    private OcrConfidence() {
    }

    /** JSON Pointer to lowest word confidence (0..100), for the fields of {@code boxes} printed on OCR pages. */
    static Map<String, Integer> of(Map<String, BoundingBox> boxes, List<PageText> pages) {
        Map<String, Integer> out = new HashMap<>();
        boxes.forEach((pointer, box) -> {
            if (box.page() <= pages.size() && pages.get(box.page() - 1).ocr()) {
                lowest(pages.get(box.page() - 1), box).ifPresent(c -> out.put(pointer, c));
            }
        });
        return out;
    }

    /**
     * The confidence of the words printed in {@code box}, letters or figures only (a rule's remnant read as
     * "|" says nothing of the value): the lowest for a few words (a figure, a short name), the first quartile
     * for more (one odd word in a paragraph is not a misread value, many are).
     */
    private static OptionalInt lowest(PageText page, BoundingBox box) {
        List<Double> b = box.bbox();
        int[] confidences = page.lines().stream().flatMap((TextLine l) -> l.words().stream())
                .filter(w -> w.ocrConfidence() != null && w.text().chars().anyMatch(Character::isLetterOrDigit))
                .filter(w -> w.centerX() >= b.get(0) - SLACK && w.centerX() <= b.get(2) + SLACK
                        && w.centerY() >= b.get(1) - SLACK && w.centerY() <= b.get(3) + SLACK)
                .mapToInt(Word::ocrConfidence).sorted().toArray();
        if (confidences.length == 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(confidences.length <= FEW_WORDS ? confidences[0] : confidences[confidences.length / 4]);
    }
}
