package it.determina.tables;

import it.determina.layout.PageText;
import it.determina.layout.TextLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Separates page furniture (running headers, footers, page numbers, print stamps) from content: a
 * running line near the top or bottom edge that is a page number, a URL or print stamp, or that
 * repeats on other pages once page numbers are masked ("Pag. 3 di 14", "REGIONE LAZIO - ...",
 * "Atto n. G04817 del 19/04/2023 Pag. 2 di 11", "14/03/25, 11:42 Atlante Lavoro").
 */
public final class FurnitureFilter {

    /** Positions closer than this (points) count as the same place on the page. */
    private static final double POSITION_STEP = 8.0;
    /** Share of the page height, at top and bottom, where furniture lives. */
    private static final double BAND = 0.12;

    // "Pag. 3 di 14", "Pagina 3 di 14", "pag. 3/14"
    static final Pattern PAGE_OF = Pattern.compile("(?i)\\bpag(?:ina|\\.)?\\s*\\d+\\s*(?:di|/)\\s*\\d+");
    // "3/5" at the end of a browser footer
    static final Pattern TRAILING_FRACTION = Pattern.compile("\\b\\d+\\s*/\\s*\\d+\\s*$");
    // "4" alone, "- 4 -"
    static final Pattern PAGE_NUMBER = Pattern.compile("^[-–\\s]*\\d{1,4}[-–\\s]*$");
    // "https://atlantelavoro.inapp.gov.it/..."
    static final Pattern URL = Pattern.compile("^(?:https?://|www\\.)\\S+");

    private FurnitureFilter() {
    }

    /** The result: content blocks per page and the furniture lines that were taken out. */
    public record Split(List<List<Block>> pages, List<TextLine> furniture) {
    }

    public static Split split(List<PageText> pages, List<List<Block>> blocks) {
        Map<String, Integer> seen = repeats(pages, blocks);
        List<List<Block>> content = new ArrayList<>();
        List<TextLine> furniture = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            content.add(content(pages.get(i), blocks.get(i), seen, furniture));
        }
        return new Split(content, furniture);
    }

    /**
     * How often each running line near the top or bottom edge stands at its place, over the whole document
     * (masked text and place, see {@link #split}); with {@link #content} a document can be filtered page by
     * page without holding all its pages (issue 14).
     */
    public static Map<String, Integer> repeats(List<PageText> pages, List<List<Block>> blocks) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            PageText page = pages.get(i);
            for (Block b : blocks.get(i)) {
                if (b instanceof Block.Line l && inBand(page, l.line())) {
                    seen.merge(key(page, l.line()), 1, Integer::sum);
                }
            }
        }
        return seen;
    }

    /** The page's content blocks given the document's {@link #repeats}; its furniture lines are added to {@code furniture}. */
    public static List<Block> content(PageText page, List<Block> blocks, Map<String, Integer> repeats, List<TextLine> furniture) {
        List<Block> kept = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Line l && isFurniture(page, l.line(), repeats)) {
                furniture.add(l.line());
            } else {
                kept.add(b);
            }
        }
        return kept;
    }

    private static boolean isFurniture(PageText page, TextLine line, Map<String, Integer> seen) {
        if (!inBand(page, line)) {
            return false;
        }
        String text = line.text().trim();
        if (PAGE_NUMBER.matcher(text).matches() || URL.matcher(text).find() || PAGE_OF.matcher(text).find()) {
            return true;
        }
        return seen.getOrDefault(key(page, line), 0) >= 2;
    }

    /** Masked text and the edge it stands at, in steps of 8 points: furniture repeats at one place. */
    private static String key(PageText page, TextLine line) {
        boolean top = line.bottom() < page.height() * BAND;
        double distance = top ? line.top() : page.height() - line.bottom();
        return (top ? "T" : "B") + Math.round(distance / POSITION_STEP) + "|" + mask(line.text());
    }

    private static boolean inBand(PageText page, TextLine line) {
        return line.bottom() < page.height() * BAND || line.top() > page.height() * (1 - BAND);
    }

    static String mask(String text) {
        String t = PAGE_OF.matcher(text).replaceAll("pag # di #");
        return TRAILING_FRACTION.matcher(t).replaceAll("#/#").trim();
    }
}
