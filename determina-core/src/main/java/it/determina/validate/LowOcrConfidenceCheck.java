package it.determina.validate;

import it.determina.family.StandardDraft;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * LOW_OCR_CONFIDENCE: a value read by OCR whose printed words include one Tesseract is not confident of
 * (hOCR {@code x_wconf} below {@link #THRESHOLD}): the value may be misread. Only values that came out
 * (an empty one is the expected-fields check's).
 */
public final class LowOcrConfidenceCheck implements ConsistencyCheck {

    /**
     * Word confidence (0..100) below which a value read by OCR is not trusted. Tesseract's confidences are
     * not calibrated: on the variants' 300 dpi scans, values read right scored as low as 39 (their row's least sure word).
     */
    static final int THRESHOLD = 35;

    @Override
    public List<Flag> check(StandardDraft d) {
        List<Flag> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : new TreeMap<>(d.evidence().ocrConfidence()).entrySet()) {
            if (e.getValue() < THRESHOLD && !e.getKey().isEmpty() && Values.isPresent(d, e.getKey())) {
                out.add(Flag.of(FlagCode.LOW_OCR_CONFIDENCE, e.getKey(), "OCR read " + e.getKey()
                        + " with a word of confidence " + e.getValue() + " (below " + THRESHOLD + ")",
                        null, Values.at(d, e.getKey()) instanceof Number n ? n : null, d.evidence().pageOf(e.getKey())));
            }
        }
        return out;
    }
}
