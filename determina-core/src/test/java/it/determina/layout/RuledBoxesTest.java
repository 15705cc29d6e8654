package it.determina.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuledBoxesTest {

    private static ImageRulings.Segment across(double y, double x0, double x1) {
        return new ImageRulings.Segment(x0, y, x1, y, 0.5);
    }

    private static ImageRulings.Segment down(double x, double y0, double y1) {
        return new ImageRulings.Segment(x, y0, x, y1, 0.5);
    }

    // a header cell spanning two columns over two cells, the rules a little off and short as a scan draws them;
    // where two rules are one, the box takes the first one's place
    @Test
    void findsTheCellsOfAGridWithASpanningHeader() {
        List<ImageRulings.Segment> rules = List.of(across(100, 50, 250), across(130.6, 50, 250), across(170, 49, 251),
                down(50, 100, 170), down(250.4, 99, 170), down(150, 131, 170));

        assertThat(RuledBoxes.find(rules)).containsExactly(
                new RuledBoxes.Box(50, 100, 250.4, 130.6),
                new RuledBoxes.Box(50, 130.6, 150, 170),
                new RuledBoxes.Box(150, 130.6, 250.4, 170));
    }

    @Test
    void findsNoBoxWhereRulesOnlySeparateRows() {
        List<ImageRulings.Segment> rules = List.of(across(100, 50, 250), across(130, 50, 250), across(170, 50, 250));

        assertThat(RuledBoxes.find(rules)).isEmpty();
    }
}
