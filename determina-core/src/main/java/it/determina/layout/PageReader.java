package it.determina.layout;

import it.determina.SafeText;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a page's words: from its text layer, or, for a page that has none (a scan), by OCR of the page
 * drawn at {@link #OCR_DPI} and turned level ({@link PictureSkew}), with the rulings seen in the picture.
 * OCR reads the picture in black and white with its rulings painted out ({@link OcrPicture}): each box
 * the rulings close on its own ({@link RuledBoxes}, {@link OcrEngine#readEach}), the rest as a page. A page
 * OCR cannot read comes back without text. Thread-safe; each call works on the source it is given.
 */
public final class PageReader {

    private static final Logger LOG = LoggerFactory.getLogger(PageReader.class);

    /** Resolution scanned pages are drawn at for OCR. */
    private static final float OCR_DPI = 300f;
    /** Grey level below which a pixel is ink: a box without any is not read. */
    private static final int INK = 128;

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
            BufferedImage drawn = pdf.render(page.number(), OCR_DPI);
            double skew = PictureSkew.degrees(drawn);
            BufferedImage picture = PictureSkew.level(drawn, skew);
            List<ImageRulings.Segment> rulings = ImageRulings.find(picture, OCR_DPI);
            BufferedImage clean = OcrPicture.of(picture, rulings, OCR_DPI);
            List<Rectangle> boxes = inkedBoxes(clean, RuledBoxes.find(rulings));
            List<OcrEngine.OcrWord> read = new ArrayList<>(ocr.read(blanked(clean, boxes), OCR_DPI));
            read.addAll(ocr.readEach(clean, boxes, OCR_DPI));
            List<Word> words = new ArrayList<>();
            for (OcrEngine.OcrWord w : read) {
                words.add(new Word(w.text(), w.x0(), w.x1(), w.top(), w.bottom(), w.bottom() - w.top(), false, w.confidence()));
            }
            LOG.info("{}: page {} has no text layer; {} words read by OCR ({} ruled boxes, picture turned {} degrees)", SafeText.of(name),
                    page.number(), words.size(), boxes.size(), String.format(Locale.ROOT, "%.2f", skew == 0 ? 0.0 : -skew));
            return words.isEmpty() ? page : page.withOcrWords(words, rulings);
        } catch (IOException e) {
            LOG.warn("{}: OCR of page {} failed ({}); the page is flagged unreadable", SafeText.of(name), page.number(), e.getMessage());
            return page;
        }
    }

    /** The boxes in pixels of {@code picture}, those without ink left out. */
    private static List<Rectangle> inkedBoxes(BufferedImage picture, List<RuledBoxes.Box> boxes) {
        double pixels = OCR_DPI / 72.0;
        List<Rectangle> out = new ArrayList<>();
        for (RuledBoxes.Box b : boxes) {
            int x0 = Math.max(0, (int) Math.ceil(b.x0() * pixels));
            int y0 = Math.max(0, (int) Math.ceil(b.top() * pixels));
            int x1 = Math.min(picture.getWidth(), (int) Math.floor(b.x1() * pixels));
            int y1 = Math.min(picture.getHeight(), (int) Math.floor(b.bottom() * pixels));
            Rectangle r = new Rectangle(x0, y0, x1 - x0, y1 - y0);
            if (!r.isEmpty() && hasInk(picture, r)) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean hasInk(BufferedImage picture, Rectangle r) {
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                int rgb = picture.getRGB(x, y);
                if ((((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3 < INK) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A copy of {@code picture} with {@code boxes} painted white: what is left for reading as a page. */
    private static BufferedImage blanked(BufferedImage picture, List<Rectangle> boxes) {
        BufferedImage out = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(picture, 0, 0, null);
            g.setColor(Color.WHITE);
            boxes.forEach(g::fill);
        } finally {
            g.dispose();
        }
        return out;
    }
}
