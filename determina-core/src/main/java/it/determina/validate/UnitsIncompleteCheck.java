package it.determina.validate;

import it.determina.family.Evidence;
import it.determina.family.StandardDraft;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import java.util.List;

/**
 * UNITS_INCOMPLETE: the standard names more units in another place (the Lazio correspondence table, the
 * Campania ELENCO, the profile's UC list) than were read from the unit table or sections. Fewer names than
 * units is not flagged: lists run together in published originals (the ELENCO of a Campania sample).
 */
public final class UnitsIncompleteCheck implements ConsistencyCheck {

    static final String FIELD = "/units";

    @Override
    public List<Flag> check(StandardDraft d) {
        Evidence.Listed listed = d.evidence().reading().listed();
        if (listed == null || d.units().isEmpty() || d.units().size() >= listed.count()) {
            return List.of();
        }
        return List.of(Flag.of(FlagCode.UNITS_INCOMPLETE, FIELD,
                listed.where() + " names " + listed.count() + " units but " + d.units().size() + " were read",
                listed.count(), d.units().size(), listed.page()));
    }
}
