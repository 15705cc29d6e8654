package it.determina.validate;

import it.determina.family.StandardDraft;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import it.determina.model.Unit;
import it.determina.normalize.TextCleaner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * VALUE_DOUBTFUL on a unit whose table columns ran together: the unit is named differently elsewhere in
 * the standard (UNIT_TITLE_MISMATCH) and either the title read opens with a list's label ("Conoscenze -
 * ...": the contents column went into the title) or {@link #RUN} words of the other name stand in a row in
 * the unit's knowledge or skills (the title column went into the lists). The title is flagged by its own
 * check; this flag says the lists read from the same row may hold another column's words or miss items.
 */
public final class ColumnsRunTogetherCheck implements ConsistencyCheck {

    /** Words of the other name, in a row, that show the title inside the lists. */
    static final int RUN = 3;
    // "Conoscenze", "Abilità", "Capacità" opening the title: the label of a list, not a name
    private static final Pattern LIST_LABEL = Pattern.compile("^(conoscenze|abilita|capacita)\\b");

    @Override
    public List<Flag> check(StandardDraft d) {
        List<Flag> out = new ArrayList<>();
        for (UnitTitleMismatchCheck.Renamed r : UnitTitleMismatchCheck.renamed(d)) {
            Unit u = r.unit();
            boolean contentsInTitle = LIST_LABEL.matcher(words(u.title())).find();
            boolean titleInLists = runIn(words(r.alt().title()), words(String.join(" ", u.knowledge()) + " " + String.join(" ", u.skills())));
            if (contentsInTitle || titleInLists) {
                out.add(Flag.of(FlagCode.VALUE_DOUBTFUL, r.pointer(), r.pointer() + " was read from a row whose columns ran together ("
                        + (contentsInTitle ? "its title opens with a list's label" : "its lists hold words of its name '" + r.alt().title() + "'")
                        + "): its knowledge and skills may hold another column's words or miss items", null,
                        u.title(), d.evidence().pageOf(r.pointer())));
            }
        }
        return out;
    }

    /** The text as lower-case words without accents or punctuation, one space apart. */
    static String words(String text) {
        String t = TextCleaner.unaccented(text).toLowerCase(Locale.ROOT);
        return t.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** True when {@link #RUN} consecutive words of {@code name} stand in a row in {@code text}. */
    static boolean runIn(String name, String text) {
        String[] w = name.split(" ");
        String padded = " " + text + " ";
        for (int i = 0; i + RUN <= w.length; i++) {
            if (padded.contains(" " + String.join(" ", Arrays.copyOfRange(w, i, i + RUN)) + " ")) {
                return true;
            }
        }
        return false;
    }
}
