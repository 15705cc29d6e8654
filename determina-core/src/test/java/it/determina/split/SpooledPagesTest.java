package it.determina.split;

import static org.assertj.core.api.Assertions.assertThat;

import it.determina.layout.PageText;
import it.determina.layout.PdfSource;
import it.determina.tables.Block;
import it.determina.tables.FurnitureFilter;
import it.determina.tables.PageTables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpooledPagesTest {

    private static final Path DETERMINATION = Path.of("samples/det_lazio_G04817_allegati-15-16.pdf");

    @Test
    void givesBackFromItsFileWhatWasReadPageByPage() throws Exception {
        try (PdfSource pdf = PdfSource.open(DETERMINATION); SpooledPages spool = new SpooledPages(3)) {
            List<PageText> texts = new ArrayList<>();
            List<List<Block>> blocks = new ArrayList<>();
            PageTables tables = new PageTables(pdf);
            for (int p = 1; p <= pdf.pageCount(); p++) {
                PageText page = pdf.page(p).withoutPaints();
                texts.add(page);
                blocks.add(tables.read(page));
                spool.add(page, blocks.get(p - 1));
            }
            assertThat(spool.spilled()).isTrue();
            assertThat(blocks.stream().flatMap(List::stream).filter(b -> b instanceof Block.Grid)).isNotEmpty();
            for (int i = spool.size() - 1; i >= 0; i--) {
                assertThat(spool.text(i)).as("page %d", i + 1).isEqualTo(texts.get(i));
                assertThat(spool.blocks(i)).as("page %d", i + 1).isEqualTo(blocks.get(i));
            }
            FurnitureFilter.Split whole = FurnitureFilter.split(texts, blocks);
            DocumentContent content = DocumentContent.of(spool);
            assertThat(content.pages()).isEqualTo(whole.pages());
            assertThat(content.pages(2, 5)).isEqualTo(whole.pages().subList(1, 5));
            assertThat(content.furniture()).isNotEmpty().isEqualTo(whole.furniture());
        }
    }

    @Test
    void keepsAShortDocumentOnTheHeap() throws Exception {
        try (PdfSource pdf = PdfSource.open(DETERMINATION); SpooledPages spool = new SpooledPages(SpooledPages.DEFAULT_IN_MEMORY)) {
            PageTables tables = new PageTables(pdf);
            for (int p = 1; p <= pdf.pageCount(); p++) {
                PageText page = pdf.page(p).withoutPaints();
                spool.add(page, tables.read(page));
            }
            assertThat(spool.spilled()).isFalse();
            assertThat(spool.size()).isEqualTo(pdf.pageCount());
        }
    }
}
