package it.determina.model;

import java.util.List;

/**
 * How much of a standard determina read (an addition to contract v1, key {@code confidence}): of the fields
 * and unit cells the family's layout prints, how many came out with a value and which did not (JSON
 * Pointers), whether any value was read by OCR, and how many self-check flags the standard carries
 * ({@link FlagCode#isSelfCheck()}). A standard with {@code selfCheckFlags} 0 and nothing not found is one
 * determina has no doubt about.
 */
public record Confidence(int fieldsExpected, int fieldsFound, List<String> fieldsNotFound,
                         int unitCellsExpected, int unitCellsFound, List<String> unitCellsNotFound,
                         boolean ocr, int selfCheckFlags) {

    public Confidence {
        fieldsNotFound = List.copyOf(fieldsNotFound);
        unitCellsNotFound = List.copyOf(unitCellsNotFound);
        if (fieldsFound < 0 || fieldsFound > fieldsExpected || unitCellsFound < 0 || unitCellsFound > unitCellsExpected
                || selfCheckFlags < 0) {
            throw new IllegalArgumentException("found counts outside 0..expected");
        }
    }
}
