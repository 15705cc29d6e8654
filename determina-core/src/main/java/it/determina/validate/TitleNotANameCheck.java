package it.determina.validate;

import it.determina.family.StandardDraft;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import it.determina.normalize.StandardIds;
import it.determina.normalize.TextCleaner;
import java.util.Arrays;
import java.util.List;

/**
 * TITLE_NOT_A_NAME: a title that is a heading rather than the standard's name ("ALLEGATO 6", "STANDARD
 * FORMATIVO": the rule of {@link StandardIds#doubt}, which also makes such a standard's id from its source),
 * or that says the same words twice ("Tecnico esperto customer care Tecnico esperto customer care": two
 * cells run together). An empty title is left to the expected-fields check.
 */
public final class TitleNotANameCheck implements ConsistencyCheck {

    static final String FIELD = "/title";
    /** Shortest run of words whose repetition makes a title doubtful. */
    private static final int REPEATED_WORDS = 2;

    @Override
    public List<Flag> check(StandardDraft d) {
        if (d.title().isBlank()) {
            return List.of();
        }
        String why = StandardIds.doubt(d.title());
        if (why == null && repeatsItself(d.title())) {
            why = "the same words twice, as when two cells run together";
        }
        if (why == null) {
            return List.of();
        }
        return List.of(Flag.of(FlagCode.TITLE_NOT_A_NAME, FIELD, "the title \"" + d.title() + "\" is " + why
                + ", not the standard's name", null, d.title(), d.evidence().pageOf(FIELD)));
    }

    /** True when some run of at least two words comes again right after itself. */
    static boolean repeatsItself(String title) {
        List<String> words = Arrays.stream(title.split("\\s+")).map(TextCleaner::comparable).filter(w -> !w.isEmpty()).toList();
        for (int len = REPEATED_WORDS; len * 2 <= words.size(); len++) {
            for (int i = 0; i + 2 * len <= words.size(); i++) {
                if (words.subList(i, i + len).equals(words.subList(i + len, i + 2 * len))) {
                    return true;
                }
            }
        }
        return false;
    }
}
