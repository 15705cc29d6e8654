package it.determina.validate;

import it.determina.family.StandardDraft;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import it.determina.model.Unit;
import java.math.BigDecimal;
import java.util.List;

/** UNIT_HOURS_SUM_MISMATCH: units' hours against a total row that declares itself their sum. */
public final class UnitHoursSumCheck implements ConsistencyCheck {

    static final String FIELD = "/duration/totalHours";

    @Override
    public List<Flag> check(StandardDraft d) {
        if (!d.evidence().totalIsUnitSum() || d.duration() == null || d.duration().totalHours() == null) {
            return List.of();
        }
        BigDecimal sum = Sums.allUnits(d.units(), Unit::minHours);
        Number total = d.duration().totalHours();
        if (sum == null || !Sums.differ(sum, total)) {
            return List.of();
        }
        return List.of(Flag.of(FlagCode.UNIT_HOURS_SUM_MISMATCH, FIELD,
                "units add up to " + sum.toPlainString() + " h but the declared total is " + total + " h",
                total, Sums.plain(sum), d.evidence().pageOf(FIELD)));
    }
}
