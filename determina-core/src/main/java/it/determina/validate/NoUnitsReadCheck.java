package it.determina.validate;

import it.determina.family.StandardDraft;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import java.util.List;

/**
 * NO_UNITS_READ: the family's layout has units ({@code /units} is expected) but none were read: the unit
 * table or the unit sections were not recognised, so every unit of the standard is missing.
 */
public final class NoUnitsReadCheck implements ConsistencyCheck {

    static final String FIELD = "/units";

    @Override
    public List<Flag> check(StandardDraft d) {
        if (!d.units().isEmpty() || !d.evidence().reading().expected().contains(FIELD)) {
            return List.of();
        }
        return List.of(Flag.of(FlagCode.NO_UNITS_READ, FIELD,
                "no unit was read, though a " + d.kind() + " of this layout lists its units: the unit table was not recognised",
                null, 0, d.evidence().pageOf(FIELD)));
    }
}
