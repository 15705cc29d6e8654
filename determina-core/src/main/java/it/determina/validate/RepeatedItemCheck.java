package it.determina.validate;

import it.determina.family.StandardDraft;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import it.determina.model.Unit;
import it.determina.normalize.TextCleaner;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * ITEM_REPEATED: a unit's knowledge or skills list that holds the same item twice. A standard names each
 * knowledge once in a unit; twice means the reading ran another unit's or row's list into this one (a
 * continued page read twice, two cells taken as one), so the list's length and items are in doubt. Items
 * are compared by their letters and digits alone (case, accents, spaces and punctuation ignored: a text layer
 * may space the same words differently). One flag per list, on the list
 * ({@code /units/i/knowledge}), with the unit's page; {@code actual} is the first repeated item.
 */
public final class RepeatedItemCheck implements ConsistencyCheck {

    @Override
    public List<Flag> check(StandardDraft d) {
        List<Flag> out = new ArrayList<>();
        for (int i = 0; i < d.units().size(); i++) {
            Unit u = d.units().get(i);
            repeated(d, i, "knowledge", Unit::knowledge, u, out);
            repeated(d, i, "skills", Unit::skills, u, out);
        }
        return out;
    }

    private static void repeated(StandardDraft d, int i, String list, Function<Unit, List<String>> items, Unit u, List<Flag> out) {
        Set<String> seen = new HashSet<>();
        for (String item : items.apply(u)) {
            String key = key(item);
            if (!key.isEmpty() && !seen.add(key)) {
                String pointer = "/units/" + i + "/" + list;
                out.add(Flag.of(FlagCode.ITEM_REPEATED, pointer, "unit " + u.number() + " lists '" + item
                        + "' twice in its " + list + ": another list may have run into it", null, item,
                        d.evidence().pageOf("/units/" + i)));
                return;
            }
        }
    }

    private static String key(String item) {
        return TextCleaner.unaccented(item).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
