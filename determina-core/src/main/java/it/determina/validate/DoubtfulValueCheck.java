package it.determina.validate;

import it.determina.family.Evidence;
import it.determina.family.StandardDraft;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import java.util.List;

/** VALUE_DOUBTFUL: a value the parser read from text it doubts (labels of several rows run together). */
public final class DoubtfulValueCheck implements ConsistencyCheck {

    @Override
    public List<Flag> check(StandardDraft d) {
        return d.evidence().reading().doubts().stream()
                .map((Evidence.Doubt doubt) -> Flag.of(FlagCode.VALUE_DOUBTFUL, doubt.pointer(),
                        "the value of " + doubt.pointer() + " was read from " + doubt.reason(), null,
                        Values.at(d, doubt.pointer()), doubt.page()))
                .toList();
    }
}
