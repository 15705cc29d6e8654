package it.determina.validate;

import it.determina.family.StandardDraft;
import it.determina.model.Duration;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import java.math.BigDecimal;
import java.util.List;

/**
 * COMPONENT_HOURS_EXCEED_TOTAL: classroom + lab + key competences + minimum internship above the
 * total, where the document gives the components (a null component counts 0).
 */
public final class ComponentHoursCheck implements ConsistencyCheck {

    static final String FIELD = "/duration/totalHours";

    @Override
    public List<Flag> check(StandardDraft d) {
        Duration du = d.duration();
        if (du == null || du.classroomHours() == null || du.totalHours() == null) {
            return List.of();
        }
        BigDecimal parts = Sums.of(du.classroomHours()).add(Sums.of(du.labHours())).add(Sums.of(du.keyCompetenceHours()))
                .add(Sums.of(du.internship() == null ? null : du.internship().minHours()));
        if (parts.compareTo(Sums.of(du.totalHours())) <= 0) {
            return List.of();
        }
        return List.of(Flag.of(FlagCode.COMPONENT_HOURS_EXCEED_TOTAL, FIELD,
                "classroom, lab, key competences and internship make " + parts.toPlainString()
                        + " h, more than the total " + du.totalHours() + " h",
                du.totalHours(), Sums.plain(parts), d.evidence().pageOf(FIELD)));
    }
}
