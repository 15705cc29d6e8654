package it.determina.layout;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the words of a scanned page with Apache Tika's Tesseract parser (hOCR output, so every word
 * keeps its box). Tesseract and its Italian data are installed by scripts/setup.sh; without them
 * {@link #isAvailable()} is false. Thread-safe: Tesseract runs as a separate process per call.
 */
public final class OcrEngine {

    // "|", "[", "]", "_": table rulings read as characters
    static final Pattern RULING_ARTIFACT = Pattern.compile("^[|\\[\\]_!—–]+$");
    // title="bbox 239 133 436 154; x_wconf 96"
    static final Pattern BBOX = Pattern.compile("bbox (\\d+) (\\d+) (\\d+) (\\d+)");
    // the same title's "x_wconf 96": Tesseract's confidence in the word, 0..100
    static final Pattern CONFIDENCE = Pattern.compile("x_wconf (\\d{1,3})");

    /**
     * A word read by OCR, its box in PDF points from the page's top-left corner, and Tesseract's
     * confidence in it (0..100; 0 when hOCR gives none).
     */
    public record OcrWord(String text, double x0, double top, double x1, double bottom, int confidence) {
    }

    /** Tesseract's page segmentation for a sheet of stacked boxes: one uniform block of text. */
    private static final String ONE_BLOCK = "6";
    /**
     * White space around and between the boxes stacked on a sheet (points): closer, a figure alone in its
     * box is read as one line with the next box's first line, and a speck beside it turns "4." into "A.".
     */
    private static final double SHEET_GAP = 18;
    /** Tallest sheet read at once (pixels); more boxes go on another sheet. */
    private static final int MAX_SHEET_HEIGHT = 16_000;

    private final String language;
    /** Tika's parser and its two settings, made on the first call that needs them (issue 14: a page with text never pays for OCR). */
    private volatile @Nullable Tesseract tesseract;

    /** Tika's Tesseract parser, whether the executable was found, and the page and block settings. */
    private record Tesseract(TesseractOCRParser parser, boolean available, TesseractOCRConfig page, TesseractOCRConfig block) {
    }

    /** An engine for {@code language} ("ita", "ita+eng"); nothing is set up until a page needs OCR. */
    public OcrEngine(String language) {
        this.language = java.util.Objects.requireNonNull(language, "language");
    }

    /** True when Tesseract is installed; the first call looks for it (runs {@code tesseract --version} once). */
    public boolean isAvailable() {
        return tesseract().available();
    }

    private Tesseract tesseract() {
        Tesseract t = tesseract;
        if (t == null) {
            synchronized (this) {
                t = tesseract;
                if (t == null) {
                    t = setUp(language);
                    tesseract = t;
                }
            }
        }
        return t;
    }

    private static Tesseract setUp(String language) {
        TesseractOCRParser parser = new TesseractOCRParser();
        TesseractOCRConfig page = configured(null);
        TesseractOCRConfig block = configured(ONE_BLOCK);
        page.setLanguage(language);
        block.setLanguage(language);
        boolean found;
        try {
            found = parser.hasTesseract();
        } catch (TikaException e) {
            found = false;
        }
        return new Tesseract(parser, found, page, block);
    }

    /**
     * The words of {@code page}, drawn at {@code dpi}; empty when nothing is read.
     *
     * @throws IOException when Tesseract fails on the image
     */
    public List<OcrWord> read(BufferedImage page, float dpi) throws IOException {
        return parse(page, tesseract().page(), 72.0 / dpi);
    }

    /**
     * The words inside {@code boxes} (pixels of {@code page}, drawn at {@code dpi}), each box read on its
     * own: the boxes are stacked one under another on a white sheet, so that no line of text runs from one
     * box into the next, and the sheet is read as one block, which keeps a lone figure that a whole page's
     * layout analysis drops as noise. Words come back in page coordinates; empty when nothing is read.
     *
     * @throws IOException when Tesseract fails on a sheet
     */
    public List<OcrWord> readEach(BufferedImage page, List<Rectangle> boxes, float dpi) throws IOException {
        List<OcrWord> out = new ArrayList<>();
        int gap = (int) Math.round(SHEET_GAP * dpi / 72);
        int from = 0;
        while (from < boxes.size()) {
            int to = from;
            int height = gap;
            int width = 0;
            while (to < boxes.size() && (to == from || height + boxes.get(to).height + gap <= MAX_SHEET_HEIGHT)) {
                height += boxes.get(to).height + gap;
                width = Math.max(width, boxes.get(to).width);
                to++;
            }
            out.addAll(readSheet(page, boxes.subList(from, to), new Dimension(width + 2 * gap, height), gap, 72.0 / dpi));
            from = to;
        }
        return out;
    }

    /** The words of one sheet of {@code boxes}, moved back to where each box sits on the page. */
    private List<OcrWord> readSheet(BufferedImage page, List<Rectangle> boxes, Dimension size, int gap,
                                    double scale) throws IOException {
        int[] tops = new int[boxes.size()];
        BufferedImage sheet = stack(page, boxes, size, gap, tops);
        List<OcrWord> out = new ArrayList<>();
        for (OcrWord w : parse(sheet, tesseract().block(), 1.0)) {
            double middle = (w.top() + w.bottom()) / 2;
            for (int i = 0; i < boxes.size(); i++) {
                if (middle >= tops[i] && middle < tops[i] + boxes.get(i).height) {
                    double dx = boxes.get(i).x - gap;
                    double dy = boxes.get(i).y - tops[i];
                    out.add(new OcrWord(w.text(), (w.x0() + dx) * scale, (w.top() + dy) * scale,
                            (w.x1() + dx) * scale, (w.bottom() + dy) * scale, w.confidence()));
                    break;
                }
            }
        }
        return out;
    }

    /** A white sheet of {@code size} with the boxes' pictures one under another; {@code tops} gets where each went. */
    private static BufferedImage stack(BufferedImage page, List<Rectangle> boxes, Dimension size, int gap, int[] tops) {
        BufferedImage sheet = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size.width, size.height);
            int y = gap;
            for (int i = 0; i < boxes.size(); i++) {
                Rectangle b = boxes.get(i);
                tops[i] = y;
                g.drawImage(page.getSubimage(b.x, b.y, b.width, b.height), gap, y, null);
                y += b.height + gap;
            }
        } finally {
            g.dispose();
        }
        return sheet;
    }

    /** The hOCR words of {@code image}, their boxes multiplied by {@code scale}. */
    private List<OcrWord> parse(BufferedImage image, TesseractOCRConfig settings, double scale) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, "image/png");
        ParseContext context = new ParseContext();
        context.set(TesseractOCRConfig.class, settings);
        HocrWords words = new HocrWords(scale);
        try {
            tesseract().parser().parse(new ByteArrayInputStream(png.toByteArray()), words, metadata, context);
        } catch (SAXException | TikaException e) {
            throw new IOException("OCR failed: " + e.getMessage(), e);
        }
        return words.words;
    }

    /** hOCR output, with Tesseract's page segmentation {@code segmentation}, or its default (a whole page) for null. */
    private static TesseractOCRConfig configured(@Nullable String segmentation) {
        TesseractOCRConfig c = new TesseractOCRConfig();
        c.setOutputType(TesseractOCRConfig.OUTPUT_TYPE.HOCR);
        if (segmentation != null) {
            c.setPageSegMode(segmentation);
        }
        return c;
    }

    /** Collects the hOCR words ({@code span class="ocrx_word"}) with their boxes and confidences. */
    private static final class HocrWords extends DefaultHandler {
        private final double scale;
        private final List<OcrWord> words = new ArrayList<>();
        private @Nullable StringBuilder text;
        private double @Nullable [] box;
        private int confidence;

        HocrWords(double scale) {
            this.scale = scale;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            String cls = atts.getValue("class");
            Matcher m = BBOX.matcher(String.valueOf(atts.getValue("title")));
            if ("ocrx_word".equals(cls) && m.find()) {
                text = new StringBuilder();
                box = new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))};
                Matcher c = CONFIDENCE.matcher(atts.getValue("title"));
                confidence = c.find() ? Math.min(100, Integer.parseInt(c.group(1))) : 0;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (text != null) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (text != null && box != null && ("span".equals(local) || "span".equals(qName))) {
                String t = text.toString().trim();
                if (!t.isEmpty() && !RULING_ARTIFACT.matcher(t).matches()) {
                    words.add(new OcrWord(t, box[0] * scale, box[1] * scale, box[2] * scale, box[3] * scale, confidence));
                }
                text = null;
            }
        }
    }
}
