package it.determina.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageRulingsTest {

    @ParameterizedTest(name = "{0} dpi, rules of grey {1}")
    @CsvSource({"150, 150", "200, 0", "300, 120"})
    void findsEachRuleOfAGridOnceAtItsPlace(float dpi, int grey) {
        BufferedImage picture = ScanPictures.page(dpi, 0, ScanPictures.grid(60, 100, 80, 40, 3, 5, 0.5f, grey));

        List<ImageRulings.Segment> rules = ImageRulings.find(picture, dpi);

        assertThat(rules.stream().filter(ImageRulings.Segment::isHorizontal).map(ImageRulings.Segment::y0))
                .hasSize(4).zipSatisfy(List.of(100.0, 140.0, 180.0, 220.0), (y, at) -> assertThat(y).isCloseTo(at, within(1.0)));
        assertThat(rules.stream().filter(s -> !s.isHorizontal()).map(ImageRulings.Segment::x0))
                .hasSize(6).zipSatisfy(List.of(60.0, 140.0, 220.0, 300.0, 380.0, 460.0), (x, at) -> assertThat(x).isCloseTo(at, within(1.0)));
    }

    @Test
    void findsTheRulesOfATiltedScanOnceItIsTurnedLevel() {
        BufferedImage tilted = ScanPictures.page(200, 0.9, ScanPictures.grid(60, 100, 80, 40, 3, 5, 0.5f, 130));

        BufferedImage level = PictureSkew.level(tilted, PictureSkew.degrees(tilted));

        assertThat(ImageRulings.find(level, 200)).filteredOn(ImageRulings.Segment::isHorizontal).hasSize(4)
                .allSatisfy(s -> assertThat(s.x1() - s.x0()).isGreaterThan(390));
    }

    @Test
    void takesNoLineOfTextForARule() {
        BufferedImage picture = ScanPictures.page(200, 0, ScanPictures.text(60, 100, 12,
                "Ammesso il riconoscimento del credito formativo di frequenza, da apprendimenti formali,",
                "comunicazione telefonica finalizzata all'interazione con il cliente e comportamentale",
                "_______ mmmmmmmmmmmmmmmmmm nnnnnnnnnnnnnnnnnnnnn uuuuuuuuuuuuuuuuuuuu"));

        assertThat(ImageRulings.find(picture, 200)).isEmpty();
    }

    @Test
    void keepsTheBlackBorderOfAShadedCellButNotItsShading() {
        BufferedImage picture = ScanPictures.page(200, 0, g -> {
            g.setColor(new Color(200, 200, 200));
            g.fill(new Rectangle2D.Double(60, 100, 400, 30));
            ScanPictures.grid(60, 100, 400, 30, 1, 1, 0.8f, 0).accept(g);
        });

        assertThat(ImageRulings.find(picture, 200)).filteredOn(ImageRulings.Segment::isHorizontal)
                .extracting(ImageRulings.Segment::y0)
                .satisfiesExactly(y -> assertThat(y).isCloseTo(100, within(1.0)), y -> assertThat(y).isCloseTo(130, within(1.0)));
    }

    @Test
    void bridgesTheBreaksNoiseLeavesInARule() {
        BufferedImage picture = ScanPictures.page(200, 0, ScanPictures.grid(60, 100, 400, 30, 1, 1, 0.5f, 0));
        int y = (int) Math.round(100 * 200 / 72.0);
        for (int x = 200; x < 1200; x += 60) {
            for (int dy = -3; dy <= 3; dy++) {
                picture.setRGB(x, y + dy, 0xffffff);
            }
        }

        assertThat(ImageRulings.find(picture, 200)).filteredOn(s -> s.isHorizontal() && s.y0() < 110).singleElement()
                .satisfies(s -> assertThat(s.x1() - s.x0()).isCloseTo(400, within(2.0)));
    }
}
