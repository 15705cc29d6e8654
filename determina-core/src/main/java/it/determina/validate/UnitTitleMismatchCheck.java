package it.determina.validate;

import it.determina.family.Evidence;
import it.determina.family.StandardDraft;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import it.determina.normalize.TextCleaner;
import java.util.ArrayList;
import java.util.List;

/** UNIT_TITLE_MISMATCH: a unit named differently in two places, beyond case, punctuation and spacing. */
public final class UnitTitleMismatchCheck implements ConsistencyCheck {

    @Override
    public List<Flag> check(StandardDraft d) {
        List<Flag> out = new ArrayList<>();
        for (Evidence.AltTitle alt : d.evidence().altTitles()) {
            if (alt.unitIndex() >= d.units().size()) {
                continue;
            }
            String title = d.units().get(alt.unitIndex()).title();
            if (!TextCleaner.comparable(title).equals(TextCleaner.comparable(alt.title()))) {
                String field = "/units/" + alt.unitIndex() + "/title";
                out.add(Flag.of(FlagCode.UNIT_TITLE_MISMATCH, field,
                        "unit is also named '" + alt.title() + "' on page " + alt.page(), alt.title(), title,
                        d.evidence().pageOf("/units/" + alt.unitIndex())));
            }
        }
        return out;
    }
}
