package it.determina.validate;

import it.determina.family.StandardDraft;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * OCR_FIGURE_DOUBTED: a sum that fails (units' hours or FaD hours against their total) where its figures
 * were read by OCR. A scanned "8" read as "3" fails the sum as a wrong document would; the figure OCR was
 * least sure of is flagged as possibly misread, next to the sum's own flag.
 */
public final class OcrFigureCheck implements ConsistencyCheck {

    private static final Map<String, String> SUMS = Map.of(
            UnitHoursSumCheck.FIELD, "minHours", DistanceHoursSumCheck.FIELD, "distanceMaxHours");

    private final UnitHoursSumCheck hours = new UnitHoursSumCheck();
    private final DistanceHoursSumCheck distance = new DistanceHoursSumCheck();

    @Override
    public List<Flag> check(StandardDraft d) {
        if (d.evidence().ocrConfidence().isEmpty()) {
            return List.of();
        }
        List<Flag> out = new ArrayList<>();
        for (Flag sum : concat(hours.check(d), distance.check(d))) {
            List<String> figures = new ArrayList<>();
            figures.add(sum.field());
            for (int i = 0; i < d.units().size(); i++) {
                figures.add("/units/" + i + "/" + SUMS.get(sum.field()));
            }
            figures.stream().filter(p -> d.evidence().ocrConfidence().containsKey(p))
                    .min(Comparator.comparing((String p) -> d.evidence().ocrConfidence().get(p)))
                    .ifPresent(p -> out.add(Flag.of(FlagCode.OCR_FIGURE_DOUBTED, p, "OCR read " + p + " as "
                            + Values.at(d, p) + " (word confidence " + d.evidence().ocrConfidence().get(p) + ") and "
                            + sum.message() + ": the figure may be misread", null, Values.at(d, p) instanceof Number n ? n : null,
                            d.evidence().pageOf(p))));
        }
        return out;
    }

    private static List<Flag> concat(List<Flag> a, List<Flag> b) {
        List<Flag> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
