package it.determina.validate;

import it.determina.family.Evidence;
import it.determina.family.StandardDraft;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import java.util.ArrayList;
import java.util.List;

/**
 * LABEL_NOT_FOUND and VALUE_NOT_READ: a field or unit cell the family's layout prints (the draft's
 * expected pointers) that came out empty. Where its label (row, column, section) was found the reading
 * of the value failed (VALUE_NOT_READ); where it was not found at all the label itself was missed
 * (LABEL_NOT_FOUND). A figure printed empty is MISSING_VALUE's, and the unit list NO_UNITS_READ's.
 */
public final class ExpectedFieldsCheck implements ConsistencyCheck {

    @Override
    public List<Flag> check(StandardDraft d) {
        Evidence.Reading reading = d.evidence().reading();
        List<Flag> out = new ArrayList<>();
        for (String pointer : reading.expected()) {
            if (pointer.equals(NoUnitsReadCheck.FIELD) || Values.isPresent(d, pointer) || d.evidence().isMissing(pointer)) {
                continue;
            }
            if (labelNotFound(d, pointer)) {
                out.add(Flag.of(FlagCode.LABEL_NOT_FOUND, pointer, "this layout prints " + pointer
                        + " but its label was not found", null, null, d.evidence().pageOf(pointer)));
            } else {
                out.add(Flag.of(FlagCode.VALUE_NOT_READ, pointer, "the label of " + pointer
                        + " was found but no value was read from it", null, null, d.evidence().pageOf(pointer)));
            }
        }
        return out;
    }

    /**
     * True when the field at {@code pointer} came out empty and its label (row, column, section) was not
     * found at all: not a value the family found empty or could not read from a label it found.
     */
    static boolean labelNotFound(StandardDraft d, String pointer) {
        return !Values.isPresent(d, pointer) && !d.evidence().isMissing(pointer)
                && !d.evidence().reading().labelled().contains(pointer);
    }
}
