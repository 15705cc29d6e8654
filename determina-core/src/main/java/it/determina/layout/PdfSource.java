package it.determina.layout;

import it.determina.model.ErrorCode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * An open PDF read page by page. Opening translates PDFBox failures into {@link UnreadableDocumentException};
 * the caller closes the source (try-with-resources). PDFBox keeps every object it has parsed until its
 * document is closed, so a long document is loaded afresh every {@link #PAGES_PER_LOAD} pages read in order
 * (issue 14: memory flat in pages). Not thread-safe: one source per thread.
 */
public final class PdfSource implements AutoCloseable {

    /** Pages read from one load of the file before it is loaded afresh. */
    static final int PAGES_PER_LOAD = 500;

    private final Path file;
    private final int pagesPerLoad;
    private PDDocument document;
    private final List<PageFrame> frames;
    private WordCollector collector = new WordCollector();
    /** The first page read from the current load. */
    private int loadedFrom = 1;

    private PdfSource(Path file, int pagesPerLoad, PDDocument document, List<PageFrame> frames) {
        this.file = file;
        this.pagesPerLoad = pagesPerLoad;
        this.document = document;
        this.frames = List.copyOf(frames);
    }

    /**
     * Opens {@code file}, buffering large streams in temporary files rather than on the heap.
     *
     * @throws UnreadableDocumentException when the file is encrypted or not a readable PDF
     */
    public static PdfSource open(Path file) throws UnreadableDocumentException {
        return open(file, PAGES_PER_LOAD);
    }

    /** {@link #open(Path)}, the file loaded afresh every {@code pagesPerLoad} pages. */
    static PdfSource open(Path file, int pagesPerLoad) throws UnreadableDocumentException {
        Objects.requireNonNull(file, "file");
        try {
            PDDocument doc = load(file);
            try {
                return new PdfSource(file, pagesPerLoad, doc, PageRotation.normalize(doc));
            } catch (IOException | RuntimeException e) {
                doc.close();
                throw e;
            }
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(ErrorCode.PDF_ENCRYPTED, file.getFileName() + ": the PDF is password-protected", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(ErrorCode.PDF_CORRUPT, file.getFileName() + ": not a readable PDF (" + e.getMessage() + ")", e);
        }
    }

    private static PDDocument load(Path file) throws IOException {
        return Loader.loadPDF(file.toFile(), null, null, null, MemoryUsageSetting.setupMixed(64L * 1024 * 1024).streamCache);
    }

    /**
     * Closes the document and loads the file afresh, its pages turned upright again, when
     * {@code pagesPerLoad} pages have been read since it was loaded: what PDFBox parsed for them is let go.
     */
    private void reloadBefore(int number) throws IOException {
        if (number - loadedFrom < pagesPerLoad) {
            return;
        }
        document.close();
        // the stripper still holds the last page walked, and through it the closed document: a new one lets
        // the old document go before the file is loaded again
        collector = new WordCollector();
        document = load(file);
        PageRotation.normalize(document);
        loadedFrom = number;
    }

    /** Where page {@code number} (1-based) as read sits in its own user space. */
    public PageFrame frame(int number) {
        return frames.get(number - 1);
    }

    public int pageCount() {
        return document.getNumberOfPages();
    }

    /** The positioned lines of page {@code number} (1-based) and what its paths paint, in one walk of its content. */
    public PageText page(int number) throws UnreadableDocumentException {
        try {
            reloadBefore(number);
            PDPage page = document.getPage(number - 1);
            PDRectangle box = page.getCropBox();
            double width = box.getWidth();
            double height = box.getHeight();
            List<Word> words = collector.collect(document, number);
            return new PageText(number, width, height, LineBuilder.build(number, words), false, List.of(),
                    new PageText.GlyphSize(collector.minGlyphWidth(), collector.minGlyphHeight()), collector.paints());
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(ErrorCode.PDF_CORRUPT, "page " + number + " cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Page {@code number} (1-based) drawn at {@code dpi}, as displayed; for review pictures.
     *
     * @throws UnreadableDocumentException when the page cannot be drawn
     */
    public java.awt.image.BufferedImage render(int number, float dpi) throws UnreadableDocumentException {
        try {
            return new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(number - 1, dpi);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(ErrorCode.PDF_CORRUPT, "page " + number + " cannot be drawn (" + e.getMessage() + ")", e);
        }
    }

    /** A signature dictionary's CMS and the bytes it signs (PAdES). */
    public record SignedRange(byte[] contents, byte[] signedBytes) {
    }

    /** The signatures stored in the PDF (PAdES), read from the original file's bytes. */
    public List<SignedRange> signatures(Path file) throws UnreadableDocumentException {
        try {
            var dictionaries = document.getSignatureDictionaries();
            if (dictionaries.isEmpty()) {
                return List.of();
            }
            byte[] bytes = java.nio.file.Files.readAllBytes(file);
            List<SignedRange> out = new java.util.ArrayList<>();
            for (var sig : dictionaries) {
                out.add(new SignedRange(sig.getContents(bytes), sig.getSignedContent(bytes)));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(ErrorCode.PDF_CORRUPT, "its signature cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The underlying document, for the tables stage only. */
    public PDDocument document() {
        return document;
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
