package it.determina.validate;

import it.determina.family.Evidence;
import it.determina.family.StandardDraft;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import it.determina.model.Unit;
import it.determina.normalize.TextCleaner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * TEXT_NOT_READ: text of the standard's tables that went into no field (a row continued over a page
 * break, a list item left outside its cell), one flag per unit (or for the standard) with the text. Text
 * every piece of which is already in a value read (a list of the units printed again) is not lost.
 */
public final class UnreadTextCheck implements ConsistencyCheck {

    /** Characters of unread text quoted in a flag. */
    private static final int QUOTED = 120;
    // "1) Gestire le prenotazioni", "| 2. Tecniche": where an unread text holds several pieces
    static final Pattern PIECES = Pattern.compile("\\s*\\|\\s*(?:\\d{1,2}[.)]\\s+)?|(?:^|\\s)\\d{1,2}[.)]\\s+|\\s[•·▪◦]\\s*");

    @Override
    public List<Flag> check(StandardDraft d) {
        Map<String, List<Evidence.Unread>> byField = new LinkedHashMap<>();
        Map<String, List<String>> readAt = new HashMap<>();
        for (Evidence.Unread u : d.evidence().reading().unread()) {
            if (!repeats(u.text(), readAt.computeIfAbsent(u.pointer(), p -> textsRead(d, p)))) {
                byField.computeIfAbsent(u.pointer(), k -> new ArrayList<>()).add(u);
            }
        }
        List<Flag> out = new ArrayList<>();
        byField.forEach((pointer, texts) -> {
            String text = String.join(" | ", texts.stream().map(Evidence.Unread::text).toList());
            String quoted = text.length() <= QUOTED ? text : text.substring(0, QUOTED) + "…";
            out.add(Flag.of(FlagCode.TEXT_NOT_READ, pointer, (pointer.isEmpty() ? "the standard" : pointer)
                    + " has text that went into no field: \"" + quoted + "\"", null, quoted, texts.get(0).page()));
        });
        return out;
    }

    /**
     * True when every piece of {@code text} is already in a value read (the title, a unit's title or list
     * item, a second spelling of a unit's title): the page prints it twice, nothing of it is lost.
     */
    static boolean repeats(String text, List<String> read) {
        for (String piece : PIECES.split(text)) {
            String p = TextCleaner.comparable(piece);
            if (!p.isEmpty() && read.stream().noneMatch(r -> r.contains(p))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The texts of the draft a piece of text unread at {@code pointer} may repeat, in comparable form: the
     * titles, and the list items of the unit {@code pointer} names (of every unit for the standard's own
     * text). Another unit's item is no repeat: units share items ("Norme ... di sicurezza"), and the item
     * a page break cut from its own unit was lost though another unit holds the same words.
     */
    private static List<String> textsRead(StandardDraft d, String pointer) {
        List<String> texts = new ArrayList<>();
        texts.add(d.title());
        for (int i = 0; i < d.units().size(); i++) {
            Unit u = d.units().get(i);
            texts.add(u.title());
            if (pointer.isEmpty() || pointer.equals("/units/" + i) || pointer.startsWith("/units/" + i + "/")) {
                texts.addAll(u.knowledge());
                texts.addAll(u.skills());
            }
        }
        d.evidence().altTitles().forEach(a -> texts.add(a.title()));
        return texts.stream().map(TextCleaner::comparable).filter(t -> !t.isEmpty()).toList();
    }
}
