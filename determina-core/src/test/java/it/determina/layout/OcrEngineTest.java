package it.determina.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Tesseract through Tika's hOCR: every word keeps its box and its confidence (x_wconf), high for clean
 * print, low for print OCR can hardly see, so values read from such words can be flagged.
 */
class OcrEngineTest {

    private static final float DPI = 200f;
    private final OcrEngine engine = new OcrEngine("ita");

    @Test
    void readsEachWordWithTheConfidenceOfTesseract() throws Exception {
        List<OcrEngine.OcrWord> words = engine.read(printed("Durata minima complessiva 180 ore", Color.BLACK, 0), DPI);

        assertThat(words).extracting(OcrEngine.OcrWord::text).contains("Durata", "180", "ore");
        assertThat(words).allSatisfy(w -> assertThat(w.confidence()).isBetween(80, 100));
    }

    @Test
    void givesPrintItCanHardlySeeALowConfidence() throws Exception {
        List<OcrEngine.OcrWord> words = engine.read(printed("Durata minima complessiva 180 ore", new Color(120, 120, 120), 0.05), DPI);

        // grey print in speckles: Tesseract reads "180 ore" as one word it is unsure of (below the threshold, 60,
        // of validate.LowOcrConfidenceCheck), the clean words around it as sure as before
        assertThat(words).anySatisfy(w -> assertThat(w.confidence()).isLessThan(60))
                .anySatisfy(w -> assertThat(w.confidence()).isGreaterThan(80));
    }

    /** A line of text as a page scanned at {@link #DPI} shows it, in {@code ink}, with {@code noise} of its pixels flipped. */
    private static BufferedImage printed(String text, Color ink, double noise) {
        BufferedImage image = new BufferedImage(1600, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(ink);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 40));
        g.drawString(text, 60, 110);
        g.dispose();
        Random random = new Random(11);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (random.nextDouble() < noise) {
                    image.setRGB(x, y, random.nextBoolean() ? 0x000000 : 0xFFFFFF);
                }
            }
        }
        return image;
    }
}
