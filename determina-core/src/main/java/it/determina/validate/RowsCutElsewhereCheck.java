package it.determina.validate;

import it.determina.family.Evidence;
import it.determina.family.StandardDraft;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * VALUE_DOUBTFUL on a unit read from a row cut at the wrong line: the unit is named otherwise elsewhere in
 * the standard, and its title read is only the end of that name ("professione sartoriale" for "Orientamento
 * al ruolo e alla professione sartoriale": the row's first lines went to the unit above) or holds the first
 * {@link #OPENING} words of another unit's name ("abbigliamento su misura Eseguire riparazioni": the next
 * row's first lines came into it). Its hours, credits and lists came from the same misplaced rows.
 */
public final class RowsCutElsewhereCheck implements ConsistencyCheck {

    /** Words of another unit's name, from its start, that show that unit's row inside this one. */
    static final int OPENING = 2;

    @Override
    public List<Flag> check(StandardDraft d) {
        List<Evidence.AltTitle> alts = d.evidence().altTitles();
        List<Flag> out = new ArrayList<>();
        for (UnitTitleMismatchCheck.Renamed r : UnitTitleMismatchCheck.renamed(d)) {
            String title = ColumnsRunTogetherCheck.words(r.unit().title());
            String name = ColumnsRunTogetherCheck.words(r.alt().title());
            if (title.isEmpty()) {
                continue;
            }
            boolean tail = name.endsWith(" " + title);
            boolean other = alts.stream().filter(a -> a.unitIndex() != r.index()).map(a -> opening(a.title()))
                    .anyMatch(o -> !o.isEmpty() && (" " + title + " ").indexOf(" " + o + " ") > 0);
            if (tail || other) {
                out.add(Flag.of(FlagCode.VALUE_DOUBTFUL, r.pointer(), r.pointer() + " was read from a row cut at the wrong line (its title '"
                        + r.unit().title() + "' is " + (tail ? "only the end of" : "mixed with another unit's name beside")
                        + " '" + r.alt().title() + "'): its hours, credits and lists may belong to the unit above or below", null,
                        r.unit().title(), d.evidence().pageOf(r.pointer())));
            }
        }
        return out;
    }

    /** The first {@link #OPENING} words of a name, or "" for a shorter one. */
    private static String opening(String name) {
        String[] w = ColumnsRunTogetherCheck.words(name).split(" ");
        return w.length < OPENING + 1 ? "" : String.join(" ", Arrays.copyOf(w, OPENING));
    }
}
