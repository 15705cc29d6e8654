package it.determina.tables;

import it.determina.layout.PageText;
import it.determina.layout.PdfSource;
import it.determina.layout.UnreadableDocumentException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A document's pages read into blocks in order ({@link DocumentTables#blocks}), each page given the
 * columns of a table without drawn columns that the page before ended with ({@link DocumentTables#openTable}),
 * so that a page without rules can continue it. One per open document; not thread-safe.
 */
public final class PageTables {

    private final GridExtractor grids;
    private @Nullable List<Block> previous;

    public PageTables(PdfSource pdf) {
        this.grids = new GridExtractor(pdf);
    }

    /**
     * The page's tables and running lines in reading order; pages must come in order.
     *
     * @throws UnreadableDocumentException when the page's rulings cannot be read
     */
    public List<Block> read(PageText text) throws UnreadableDocumentException {
        List<Double> continued = previous == null ? null : DocumentTables.openTable(previous, text.height());
        boolean continues = previous != null && DocumentTables.endsInTable(previous, text.height());
        previous = DocumentTables.blocks(grids.read(text), text.number(), text.height(), continued, continues);
        return previous;
    }
}
