package it.determina.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Splits a list cell into its items. Three layouts are recognised, tried in order: numbering 1..n
 * from the start, whether one per line or run together ("1. Elementi ... 2. Tecniche",
 * "- 1 Sviluppo ... customer care2 Definizione"), bulleted lines ("- Orientamento al ruolo",
 * "• Tecniche ..."), and one item per line as the layout says (see the family's ItemBreaks).
 */
public final class ItemSplitter {

    // "- Orientamento al ruolo", "• Tecniche di ascolto", "– item", "▪ item"
    static final Pattern BULLET = Pattern.compile("^\\s*[-•–—▪◦●*·]\\s*(?=\\S)");
    // "1. Utilizzare", "1) Gestire", "- 1 Sviluppo", "1 - Fornire" : numbering at the start of the text
    static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(?:[-•]\\s*)?(\\d{1,2})\\s*(?:[.)]|\\s[-–])?\\s+(?=\\p{L})");

    private final TextCleaner cleaner;

    public ItemSplitter(TextCleaner cleaner) {
        this.cleaner = cleaner;
    }

    /**
     * Items of a list, text cleaned, markers removed; empty when the lines hold no text.
     *
     * @param lines the list's lines, top to bottom
     * @param startsItem for each line, whether the layout says it begins a new item (used for unmarked lists)
     */
    public List<String> split(List<String> lines, List<Boolean> startsItem) {
        List<String> present = lines.stream().map(TextCleaner::collapse).toList();
        if (present.stream().allMatch(String::isEmpty)) {
            return List.of();
        }
        List<String> numbered = byNumbering(cleaner.join(present));
        if (numbered.size() >= 2) {
            return numbered;
        }
        if (present.stream().anyMatch(l -> BULLET.matcher(l).find())) {
            return byMarker(present);
        }
        return byLayout(present, startsItem);
    }

    /** Items of a list whose lines carry no layout hints: numbering or bullets, else one item. */
    public List<String> split(List<String> lines) {
        List<Boolean> none = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            none.add(i == 0);
        }
        return split(lines, none);
    }

    private List<String> byMarker(List<String> lines) {
        List<List<String>> items = new ArrayList<>();
        for (String line : lines) {
            Matcher m = BULLET.matcher(line);
            if (m.find()) {
                items.add(new ArrayList<>(List.of(line.substring(m.end()))));
            } else if (!line.isEmpty()) {
                if (items.isEmpty()) {
                    items.add(new ArrayList<>());
                }
                items.get(items.size() - 1).add(line);
            }
        }
        return finish(items);
    }

    private List<String> byLayout(List<String> lines, List<Boolean> startsItem) {
        List<List<String>> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                continue;
            }
            if (items.isEmpty() || (i < startsItem.size() && startsItem.get(i))) {
                items.add(new ArrayList<>());
            }
            items.get(items.size() - 1).add(lines.get(i));
        }
        return finish(items);
    }

    private List<String> finish(List<List<String>> items) {
        List<String> out = new ArrayList<>();
        for (List<String> item : items) {
            String text = stripNumber(cleaner.join(item));
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
        return List.copyOf(out);
    }

    private static String stripNumber(String text) {
        Matcher m = LEADING_NUMBER.matcher(text);
        return m.find() && m.group(1).equals("1") ? text.substring(m.end()) : text;
    }

    /** Splits text numbered 1..n; a single item when the numbering is not there. */
    static List<String> byNumbering(String text) {
        Matcher first = LEADING_NUMBER.matcher(text);
        if (!first.find() || !first.group(1).equals("1")) {
            return List.of(text);
        }
        List<String> items = new ArrayList<>();
        int start = first.end();
        int n = 2;
        while (true) {
            int[] marker = findMarker(text, n, start);
            if (marker == null) {
                items.add(text.substring(start).trim());
                break;
            }
            items.add(text.substring(start, marker[0]).trim());
            start = marker[1];
            n++;
        }
        return items.stream().filter(s -> !s.isEmpty()).toList();
    }

    private static int @Nullable [] findMarker(String text, int n, int from) {
        // "... (crm) 2. Tecniche", "customer care2 Definizione", "attività 6.\nModelli", "center 2 - Gestire"
        Pattern p = Pattern.compile("(?<![\\d.,/])" + n + "(?:\\s*[.)]\\s*|\\s+[-–]\\s+|\\s+)(?=\\p{Lu})");
        Matcher m = p.matcher(text);
        return m.find(from) ? new int[] {m.start(), m.end()} : null;
    }
}
