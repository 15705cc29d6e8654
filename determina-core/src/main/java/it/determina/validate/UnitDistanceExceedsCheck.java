package it.determina.validate;

import it.determina.family.StandardDraft;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import it.determina.model.Unit;
import java.util.ArrayList;
import java.util.List;

/** UNIT_DISTANCE_EXCEEDS_HOURS: a unit's FaD hours above its own hours. */
public final class UnitDistanceExceedsCheck implements ConsistencyCheck {

    @Override
    public List<Flag> check(StandardDraft d) {
        List<Flag> out = new ArrayList<>();
        for (int i = 0; i < d.units().size(); i++) {
            Unit u = d.units().get(i);
            if (u.minHours() != null && u.distanceMaxHours() != null
                    && Sums.of(u.distanceMaxHours()).compareTo(Sums.of(u.minHours())) > 0) {
                String field = "/units/" + i + "/distanceMaxHours";
                out.add(Flag.of(FlagCode.UNIT_DISTANCE_EXCEEDS_HOURS, field,
                        "unit " + u.number() + " allows " + u.distanceMaxHours() + " h of FaD but lasts " + u.minHours() + " h",
                        u.minHours(), u.distanceMaxHours(), d.evidence().pageOf(field)));
            }
        }
        return out;
    }
}
