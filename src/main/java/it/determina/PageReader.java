package it.determina;

import it.determina.detect.OcrEngine;
import it.determina.layout.ImageRulings;
import it.determina.layout.PageText;
import it.determina.layout.PdfSource;
import it.determina.layout.UnreadableDocumentException;
import it.determina.layout.Word;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a page's words: from its text layer, or, for a page that has none (a scan), by OCR of the page
 * drawn at {@link #OCR_DPI}, with the rulings seen in the picture. A page OCR cannot read comes back
 * without text. Thread-safe; each call works on the source it is given.
 */
public final class PageReader {

    private static final Logger LOG = LoggerFactory.getLogger(PageReader.class);

    /** Resolution scanned pages are drawn at for OCR. */
    private static final float OCR_DPI = 200f;

    private final OcrEngine ocr;

    public PageReader(OcrEngine ocr) {
        this.ocr = Objects.requireNonNull(ocr, "ocr");
    }

    public boolean canOcr() {
        return ocr.isAvailable();
    }

    /**
     * Page {@code number} (1-based) of {@code pdf}; {@code name} names the file in log lines.
     *
     * @throws UnreadableDocumentException when the page cannot be read
     */
    public PageText read(PdfSource pdf, int number, String name) throws UnreadableDocumentException {
        PageText page = pdf.page(number);
        return page.hasTextLayer() || !ocr.isAvailable() ? page : ocrPage(pdf, page, name);
    }

    private PageText ocrPage(PdfSource pdf, PageText page, String name) throws UnreadableDocumentException {
        try {
            List<Word> words = new ArrayList<>();
            java.awt.image.BufferedImage picture = pdf.render(page.number(), OCR_DPI);
            for (OcrEngine.OcrWord w : ocr.read(picture, OCR_DPI)) {
                words.add(new Word(w.text(), w.x0(), w.x1(), w.top(), w.bottom(), w.bottom() - w.top(), false, w.confidence()));
            }
            LOG.info("{}: page {} has no text layer; {} words read by OCR", name, page.number(), words.size());
            return words.isEmpty() ? page : page.withOcrWords(words, ImageRulings.find(picture, OCR_DPI));
        } catch (IOException e) {
            LOG.warn("{}: OCR of page {} failed ({}); the page is flagged unreadable", name, page.number(), e.getMessage());
            return page;
        }
    }
}
