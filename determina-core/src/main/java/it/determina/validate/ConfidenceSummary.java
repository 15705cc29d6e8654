package it.determina.validate;

import it.determina.family.StandardDraft;
import it.determina.model.Confidence;
import it.determina.model.Flag;
import java.util.ArrayList;
import java.util.List;

/**
 * The confidence summary of a standard ({@link Confidence}): of the fields and unit cells its family's
 * layout prints (the draft's expected pointers), those that came out with a value, those that did not,
 * whether any value was read by OCR, and its self-check flags.
 */
public final class ConfidenceSummary {

    private static final String UNIT_CELL = "/units/";

    private ConfidenceSummary() {
    }

    public static Confidence of(StandardDraft d, List<Flag> flags, boolean ocr) {
        List<String> fields = new ArrayList<>();
        List<String> fieldsNotFound = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        List<String> cellsNotFound = new ArrayList<>();
        for (String pointer : d.evidence().reading().expected()) {
            boolean cell = pointer.startsWith(UNIT_CELL);
            (cell ? cells : fields).add(pointer);
            if (!Values.isPresent(d, pointer)) {
                (cell ? cellsNotFound : fieldsNotFound).add(pointer);
            }
        }
        int selfChecks = (int) flags.stream().filter(f -> f.code().isSelfCheck()).count();
        return new Confidence(fields.size(), fields.size() - fieldsNotFound.size(), fieldsNotFound,
                cells.size(), cells.size() - cellsNotFound.size(), cellsNotFound, ocr, selfChecks);
    }
}
