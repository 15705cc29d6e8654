package it.determina.validate;

import it.determina.family.StandardDraft;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import it.determina.model.YearHours;
import java.math.BigDecimal;
import java.util.List;

/** YEAR_HOURS_SUM_MISMATCH: the yearly hours against the total. */
public final class YearHoursSumCheck implements ConsistencyCheck {

    static final String FIELD = "/duration/totalHours";

    @Override
    public List<Flag> check(StandardDraft d) {
        if (d.duration() == null || d.duration().totalHours() == null || d.duration().years().isEmpty()
                || d.duration().years().stream().anyMatch(y -> y.hours() == null)) {
            return List.of();
        }
        BigDecimal sum = d.duration().years().stream().map(y -> Sums.of(y.hours())).reduce(BigDecimal.ZERO, BigDecimal::add);
        Number total = d.duration().totalHours();
        if (!Sums.differ(sum, total)) {
            return List.of();
        }
        return List.of(Flag.of(FlagCode.YEAR_HOURS_SUM_MISMATCH, FIELD,
                "years add up to " + sum.toPlainString() + " h but the total is " + total + " h",
                total, Sums.plain(sum), d.evidence().pageOf("/duration/years")));
    }
}
