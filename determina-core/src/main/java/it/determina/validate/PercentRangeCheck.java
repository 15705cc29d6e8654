package it.determina.validate;

import it.determina.family.StandardDraft;
import it.determina.model.Duration;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import it.determina.model.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** PERCENT_OUT_OF_RANGE: any percentage below 0 or above 100. */
public final class PercentRangeCheck implements ConsistencyCheck {

    @Override
    public List<Flag> check(StandardDraft d) {
        List<Flag> out = new ArrayList<>();
        for (Map.Entry<String, Number> e : percentages(d).entrySet()) {
            double v = e.getValue().doubleValue();
            if (v < 0 || v > 100) {
                out.add(Flag.of(FlagCode.PERCENT_OUT_OF_RANGE, e.getKey(),
                        "percentage " + e.getValue() + " is outside 0..100", null, e.getValue(),
                        d.evidence().pageOf(e.getKey())));
            }
        }
        return out;
    }

    private static Map<String, Number> percentages(StandardDraft d) {
        Map<String, Number> p = new LinkedHashMap<>();
        Duration du = d.duration();
        if (du != null) {
            if (du.internship() != null) {
                put(p, "/duration/internship/maxPercentOfTotal", du.internship().maxPercentOfTotal());
            }
            if (du.distanceLearning() != null) {
                put(p, "/duration/distanceLearning/syncMaxPercentOfClassroom", du.distanceLearning().syncMaxPercentOfClassroom());
                put(p, "/duration/distanceLearning/asyncMaxPercentOfClassroom", du.distanceLearning().asyncMaxPercentOfClassroom());
            }
            put(p, "/duration/additionalUnitsMaxPercent", du.additionalUnitsMaxPercent());
        }
        if (d.attendance() != null) {
            put(p, "/attendance/minPercent", d.attendance().minPercent());
            put(p, "/attendance/minPercentWithApproval", d.attendance().minPercentWithApproval());
            put(p, "/attendance/maxAbsencePercent", d.attendance().maxAbsencePercent());
        }
        if (d.credits() != null) {
            put(p, "/credits/attendanceMaxPercent", d.credits().attendanceMaxPercent());
            put(p, "/credits/internshipMaxPercent", d.credits().internshipMaxPercent());
        }
        for (int i = 0; i < d.units().size(); i++) {
            Unit u = d.units().get(i);
            put(p, "/units/" + i + "/distanceMaxPercent", u.distanceMaxPercent());
            put(p, "/units/" + i + "/hoursVariationPercent", u.hoursVariationPercent());
        }
        return p;
    }

    private static void put(Map<String, Number> p, String pointer, @Nullable Number value) {
        if (value != null) {
            p.put(pointer, value);
        }
    }
}
