package it.determina.validate;

import it.determina.family.StandardDraft;
import it.determina.model.Flag;
import java.util.ArrayList;
import java.util.List;

/** Runs every check of the catalogue, in catalogue order, then the self-checks of determina's own reading. */
public final class Validator {

    private final List<ConsistencyCheck> checks = List.of(
            new UnitHoursSumCheck(), new UnitHoursClassroomCheck(), new DistanceHoursSumCheck(),
            new UnitDistanceExceedsCheck(), new YearHoursSumCheck(), new ComponentHoursCheck(),
            new InternshipOverLimitCheck(), new PercentRangeCheck(), new MissingValueCheck(),
            new UnitTitleMismatchCheck(), new ColumnsRunTogetherCheck(), new RowsCutElsewhereCheck(), new UnitNumberingCheck(), new UnreadablePageCheck(),
            new NoUnitsReadCheck(), new UnitsIncompleteCheck(), new ExpectedFieldsCheck(), new TitleNotANameCheck(),
            new DoubtfulValueCheck(), new UnreadTextCheck(), new LowOcrConfidenceCheck(), new OcrFigureCheck(),
            new RepeatedItemCheck(), new LayoutNotReadCheck());

    public List<Flag> validate(StandardDraft draft) {
        List<Flag> flags = new ArrayList<>();
        for (ConsistencyCheck c : checks) {
            for (Flag f : c.check(draft)) {
                flags.add(f.at(draft.evidence().boxOf(f.field())));
            }
        }
        return List.copyOf(flags);
    }
}
