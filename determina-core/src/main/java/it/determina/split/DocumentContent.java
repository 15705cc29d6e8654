package it.determina.split;

import it.determina.layout.PageText;
import it.determina.layout.TextLine;
import it.determina.normalize.Vocabulary;
import it.determina.tables.Block;
import it.determina.tables.FurnitureFilter;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A document's content once its furniture is known ({@link FurnitureFilter}): the furniture lines, the
 * words the document prints whole ({@link Vocabulary}), and each page's content blocks, given on demand
 * from the {@link SpooledPages} so that a long document is never held whole (issue 14). Both need the
 * whole document: furniture is what repeats across pages, and the vocabulary joins words cut anywhere.
 * The result equals {@link FurnitureFilter#split} on the same pages. Not thread-safe (it reads the spool).
 */
public final class DocumentContent {

    private final SpooledPages spool;
    private final Map<String, Integer> repeats;
    private final List<TextLine> furniture;
    private final Set<String> vocabulary;
    /** Every page's content when the spool holds its pages on the heap; null when they are read back on demand. */
    private final @Nullable List<List<Block>> held;

    private DocumentContent(SpooledPages spool, Map<String, Integer> repeats, List<TextLine> furniture,
                            Set<String> vocabulary, @Nullable List<List<Block>> held) {
        this.spool = spool;
        this.repeats = repeats;
        this.furniture = List.copyOf(furniture);
        this.vocabulary = Set.copyOf(vocabulary);
        this.held = held;
    }

    /** Reads the spool twice: the lines that repeat at the page edges, then each page's content and furniture. */
    public static DocumentContent of(SpooledPages spool) {
        List<List<Block>> blocks = new AbstractList<>() {
            @Override
            public List<Block> get(int index) {
                return spool.blocks(index);
            }

            @Override
            public int size() {
                return spool.size();
            }
        };
        Map<String, Integer> repeats = FurnitureFilter.repeats(spool.texts(), blocks);
        List<TextLine> furniture = new ArrayList<>();
        Set<String> vocabulary = new HashSet<>();
        List<List<Block>> held = spool.spilled() ? null : new ArrayList<>();
        for (int i = 0; i < spool.size(); i++) {
            List<Block> content = FurnitureFilter.content(spool.text(i), spool.blocks(i), repeats, furniture);
            vocabulary.addAll(Vocabulary.of(lines(content)));
            if (held != null) {
                held.add(content);
            }
        }
        return new DocumentContent(spool, repeats, furniture, vocabulary, held);
    }

    /** The furniture lines of the whole document, page 1 first. */
    public List<TextLine> furniture() {
        return furniture;
    }

    /** Every word printed whole in the content (furniture excluded). */
    public Set<String> vocabulary() {
        return vocabulary;
    }

    /** Each page's content blocks (page {@code i + 1} at {@code i}), read on demand. */
    public List<List<Block>> pages() {
        if (held != null) {
            return held;
        }
        return new AbstractList<>() {
            @Override
            public List<Block> get(int index) {
                return content(index);
            }

            @Override
            public int size() {
                return spool.size();
            }
        };
    }

    /** The content blocks of pages {@code from} to {@code to} (1-based, inclusive), read now. */
    public List<List<Block>> pages(int from, int to) {
        if (held != null) {
            return held.subList(from - 1, to);
        }
        List<List<Block>> out = new ArrayList<>(to - from + 1);
        for (int p = from; p <= to; p++) {
            out.add(content(p - 1));
        }
        return out;
    }

    /**
     * The pages' texts for what OCR read ({@code ocr()} and the lines of OCR pages): a page of the text
     * layer comes back without its lines, so that asking of it reads nothing back.
     */
    public List<PageText> ocrTexts() {
        List<SpooledPages.Summary> summaries = spool.summaries();
        return new AbstractList<>() {
            @Override
            public PageText get(int index) {
                SpooledPages.Summary s = summaries.get(index);
                return s.ocr() || !spool.spilled() ? spool.text(index) : new PageText(s.number(), 0, s.height(), List.of());
            }

            @Override
            public int size() {
                return summaries.size();
            }
        };
    }

    private List<Block> content(int index) {
        return FurnitureFilter.content(spool.text(index), spool.blocks(index), repeats, new ArrayList<>());
    }

    private static List<String> lines(List<Block> page) {
        List<String> lines = new ArrayList<>();
        for (Block b : page) {
            if (b instanceof Block.Line l) {
                lines.add(l.line().text());
            } else if (b instanceof Block.Grid g) {
                g.table().rows().forEach(r -> r.cells().forEach(c -> lines.addAll(c.lineTexts())));
            }
        }
        return lines;
    }
}
