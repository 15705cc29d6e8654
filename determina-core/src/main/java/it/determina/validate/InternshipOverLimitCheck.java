package it.determina.validate;

import it.determina.family.StandardDraft;
import it.determina.model.Duration;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * INTERNSHIP_OVER_LIMIT: minimum internship above its maximum share of the whole path. Totals are
 * stated net of the internship ("al netto del tirocinio"), so the whole path is total + internship.
 */
public final class InternshipOverLimitCheck implements ConsistencyCheck {

    static final String FIELD = "/duration/internship/minHours";

    @Override
    public List<Flag> check(StandardDraft d) {
        Duration du = d.duration();
        if (du == null || du.totalHours() == null || du.internship() == null
                || du.internship().minHours() == null || du.internship().maxPercentOfTotal() == null) {
            return List.of();
        }
        BigDecimal min = Sums.of(du.internship().minHours());
        BigDecimal whole = Sums.of(du.totalHours()).add(min);
        BigDecimal limit = whole.multiply(Sums.of(du.internship().maxPercentOfTotal()))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        if (min.compareTo(limit) <= 0) {
            return List.of();
        }
        return List.of(Flag.of(FlagCode.INTERNSHIP_OVER_LIMIT, FIELD,
                "internship of " + min.toPlainString() + " h is over " + du.internship().maxPercentOfTotal()
                        + " % of the path (" + limit.stripTrailingZeros().toPlainString() + " h)",
                Sums.plain(limit), du.internship().minHours(), d.evidence().pageOf(FIELD)));
    }
}
