package it.determina.validate;

import it.determina.family.Evidence;
import it.determina.family.StandardDraft;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import java.util.ArrayList;
import java.util.List;

/** MISSING_VALUE: a labelled figure the parser found empty or not a number. */
public final class MissingValueCheck implements ConsistencyCheck {

    @Override
    public List<Flag> check(StandardDraft d) {
        List<Flag> out = new ArrayList<>();
        for (Evidence.Missing m : d.evidence().missing()) {
            String message = m.raw().isEmpty()
                    ? "'" + m.label() + "' has no value"
                    : "'" + m.label() + "' has no number: '" + m.raw() + "'";
            out.add(Flag.of(FlagCode.MISSING_VALUE, m.pointer(), message, null, null, m.page()));
        }
        return out;
    }
}
