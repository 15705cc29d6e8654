package it.determina.validate;

import it.determina.family.StandardDraft;
import it.determina.model.Duration;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import it.determina.model.Unit;
import java.math.BigDecimal;
import java.util.List;

/** UNIT_HOURS_CLASSROOM_MISMATCH: units' hours against classroom + lab - key-competence hours. */
public final class UnitHoursClassroomCheck implements ConsistencyCheck {

    static final String FIELD = "/duration/classroomHours";

    @Override
    public List<Flag> check(StandardDraft d) {
        Duration du = d.duration();
        if (du == null || du.classroomHours() == null || du.keyCompetenceHours() == null) {
            return List.of();
        }
        BigDecimal sum = Sums.allUnits(d.units(), Unit::minHours);
        BigDecimal expected = Sums.of(du.classroomHours()).add(Sums.of(du.labHours())).subtract(Sums.of(du.keyCompetenceHours()));
        if (sum == null || sum.compareTo(expected) == 0) {
            return List.of();
        }
        return List.of(Flag.of(FlagCode.UNIT_HOURS_CLASSROOM_MISMATCH, FIELD,
                "units add up to " + sum.toPlainString() + " h but classroom + lab - key competences is "
                        + expected.toPlainString() + " h",
                Sums.plain(expected), Sums.plain(sum), d.evidence().pageOf(FIELD)));
    }
}
