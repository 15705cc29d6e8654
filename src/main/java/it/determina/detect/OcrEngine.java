package it.determina.detect;

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

    private final TesseractOCRParser parser = new TesseractOCRParser();
    private final TesseractOCRConfig config = new TesseractOCRConfig();
    private final boolean available;

    public OcrEngine(String language) {
        config.setLanguage(language);
        config.setOutputType(TesseractOCRConfig.OUTPUT_TYPE.HOCR);
        boolean found;
        try {
            found = parser.hasTesseract();
        } catch (TikaException e) {
            found = false;
        }
        available = found;
    }

    public boolean isAvailable() {
        return available;
    }

    /**
     * The words of {@code page}, drawn at {@code dpi}; empty when nothing is read.
     *
     * @throws IOException when Tesseract fails on the image
     */
    public List<OcrWord> read(BufferedImage page, float dpi) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(page, "png", png);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, "image/png");
        ParseContext context = new ParseContext();
        context.set(TesseractOCRConfig.class, config);
        WordCollector words = new WordCollector(72.0 / dpi);
        try {
            parser.parse(new ByteArrayInputStream(png.toByteArray()), words, metadata, context);
        } catch (SAXException | TikaException e) {
            throw new IOException("OCR failed: " + e.getMessage(), e);
        }
        return words.words;
    }

    /** Collects the hOCR words ({@code span class="ocrx_word"}) with their boxes and confidences. */
    private static final class WordCollector extends DefaultHandler {
        private final double scale;
        private final List<OcrWord> words = new ArrayList<>();
        private StringBuilder text;
        private double[] box;
        private int confidence;

        WordCollector(double scale) {
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
            if (text != null && ("span".equals(local) || "span".equals(qName))) {
                String t = text.toString().trim();
                if (!t.isEmpty() && !RULING_ARTIFACT.matcher(t).matches()) {
                    words.add(new OcrWord(t, box[0] * scale, box[1] * scale, box[2] * scale, box[3] * scale, confidence));
                }
                text = null;
            }
        }
    }
}
