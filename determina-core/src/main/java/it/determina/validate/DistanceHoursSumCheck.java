package it.determina.validate;

import it.determina.family.StandardDraft;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import it.determina.model.Unit;
import java.math.BigDecimal;
import java.util.List;

/** DISTANCE_HOURS_SUM_MISMATCH: units' FaD hours against the declared FaD total. */
public final class DistanceHoursSumCheck implements ConsistencyCheck {

    static final String FIELD = "/duration/distanceLearning/maxHours";

    @Override
    public List<Flag> check(StandardDraft d) {
        if (!d.evidence().distanceTotalIsUnitSum() || d.duration() == null || d.duration().distanceLearning() == null
                || d.duration().distanceLearning().maxHours() == null) {
            return List.of();
        }
        BigDecimal sum = Sums.allUnits(d.units(), Unit::distanceMaxHours);
        Number total = d.duration().distanceLearning().maxHours();
        if (sum == null || !Sums.differ(sum, total)) {
            return List.of();
        }
        return List.of(Flag.of(FlagCode.DISTANCE_HOURS_SUM_MISMATCH, FIELD,
                "units' distance hours add up to " + sum.toPlainString() + " h but the declared maximum is " + total + " h",
                total, Sums.plain(sum), d.evidence().pageOf(FIELD)));
    }
}
