package it.determina.validate;

import it.determina.family.Evidence;
import it.determina.family.StandardDraft;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import it.determina.model.Unit;
import it.determina.normalize.TextCleaner;
import java.util.ArrayList;
import java.util.List;

/** UNIT_TITLE_MISMATCH: a unit named differently in two places, beyond case, punctuation and spacing. */
public final class UnitTitleMismatchCheck implements ConsistencyCheck {

    /** A unit read, named {@code alt} elsewhere in the standard; {@code index} is its place in the units. */
    record Renamed(int index, Unit unit, Evidence.AltTitle alt) {
        String pointer() {
            return "/units/" + index;
        }
    }

    @Override
    public List<Flag> check(StandardDraft d) {
        List<Flag> out = new ArrayList<>();
        for (Renamed r : renamed(d)) {
            out.add(Flag.of(FlagCode.UNIT_TITLE_MISMATCH, r.pointer() + "/title",
                    "unit is also named '" + r.alt().title() + "' on page " + r.alt().page(), r.alt().title(), r.unit().title(),
                    d.evidence().pageOf(r.pointer())));
        }
        return out;
    }

    /** The units named differently elsewhere, beyond case, punctuation and spacing. */
    static List<Renamed> renamed(StandardDraft d) {
        List<Renamed> out = new ArrayList<>();
        for (Evidence.AltTitle alt : d.evidence().altTitles()) {
            if (alt.unitIndex() < d.units().size()) {
                Unit u = d.units().get(alt.unitIndex());
                if (!TextCleaner.comparable(u.title()).equals(TextCleaner.comparable(alt.title()))) {
                    out.add(new Renamed(alt.unitIndex(), u, alt));
                }
            }
        }
        return out;
    }
}
