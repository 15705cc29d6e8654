package it.determina.validate;

import it.determina.family.StandardDraft;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import java.util.List;

/** UNIT_NUMBERING_GAP: unit numbers that are not 1..n in order, without gaps or repeats. */
public final class UnitNumberingCheck implements ConsistencyCheck {

    static final String FIELD = "/units";

    @Override
    public List<Flag> check(StandardDraft d) {
        List<Integer> numbers = d.units().stream().map(u -> u.number()).toList();
        for (int i = 0; i < numbers.size(); i++) {
            if (numbers.get(i) != i + 1) {
                return List.of(Flag.of(FlagCode.UNIT_NUMBERING_GAP, FIELD,
                        "units are numbered " + numbers + " instead of 1.." + numbers.size(), null, numbers,
                        d.evidence().pageOf("/units/" + i)));
            }
        }
        return List.of();
    }
}
