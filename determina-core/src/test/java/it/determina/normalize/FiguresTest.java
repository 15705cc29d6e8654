package it.determina.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void readsMaxHoursAsTheMaximum() {
        assertThat(Figures.parseHours("Max 10").value()).isEqualTo(10);
    }

    @Test
    void readsHoursWithTheirUnit() {
        assertThat(Figures.parseHours("12 ore").value()).isEqualTo(12);
    }

    @Test
    void readsDashesAsZero() {
        assertThat(Figures.parseHours("--").value()).isEqualTo(0);
        assertThat(Figures.parseHours("—").value()).isEqualTo(0);
    }

    @Test
    void readsAnEmptyCellAsEmptyNotZero() {
        Reading r = Figures.parseHours("  ");
        assertThat(r.status()).isEqualTo(Reading.Status.EMPTY);
        assertThat(r.value()).isNull();
        assertThat(r.isMissing()).isTrue();
    }

    @Test
    void reportsTextThatIsNotANumber() {
        Reading r = Figures.parseHours("anni");
        assertThat(r.status()).isEqualTo(Reading.Status.NOT_A_NUMBER);
        assertThat(r.raw()).isEqualTo("anni");
    }

    @Test
    void keepsDecimalHoursDecimal() {
        assertThat(Figures.parseHours("12,5").value()).isEqualTo(12.5);
    }

    @Test
    void readsPercentagesWithOrWithoutTheSign() {
        assertThat(Figures.parsePercent("40%").value()).isEqualTo(40);
        assertThat(Figures.parsePercent("40 %").value()).isEqualTo(40);
        assertThat(Figures.parsePercent("175").value()).isEqualTo(175);
    }

    @Test
    void readsAMaximumWrittenAfterTheNumber() {
        assertThat(Figures.parseHours("10 (max)").value()).isEqualTo(10);
        assertThat(Figures.parseHours("max: 8 ore").value()).isEqualTo(8);
    }

    @Test
    void readsAFigureWithAFootnoteMarkAsTheFigure() {
        // the forms seen in real determinations: superscript, bracketed, asterisks, caret
        String[][] hours = {
            {"500⁽¹⁾", "500", "⁽¹⁾"}, {"500 (1)", "500", "(1)"}, {"500(1)", "500", "(1)"}, {"500(*)", "500", "(*)"},
            {"30 (*)", "30", "(*)"}, {"500*", "500", "*"}, {"500 **", "500", "**"}, {"500¹", "500", "¹"},
            {"500 ¹", "500", "¹"}, {"500 ^1", "500", "^1"}, {"Max 10 (a)", "10", "(a)"}, {"12 ore (1)", "12", "(1)"},
            {"12⁽²⁾ ore", "12", "⁽²⁾"}, {"-- (1)", "0", "(1)"},
        };
        for (String[] h : hours) {
            Reading r = Figures.parseHours(h[0]);
            assertThat(r.value()).as(h[0]).isEqualTo(Integer.valueOf(h[1]));
            assertThat(r.mark()).as(h[0]).isEqualTo(h[2]);
        }
    }

    @Test
    void readsAPercentageWithAFootnoteMarkAsThePercentage() {
        String[][] percents = {{"40%(2)", "(2)"}, {"40 % (2)", "(2)"}, {"40%²", "²"}, {"40*", "*"}, {"40⁽²⁾%", "⁽²⁾"}};
        for (String[] p : percents) {
            Reading r = Figures.parsePercent(p[0]);
            assertThat(r.value()).as(p[0]).isEqualTo(40);
            assertThat(r.mark()).as(p[0]).isEqualTo(p[1]);
        }
        assertThat(Figures.parsePercent("15*").value()).isEqualTo(15);
    }

    @Test
    void neverReadsAMarkAsADigitOfTheFigure() {
        // a superscript is not a digit: "500¹" is 500, not 5001
        assertThat(Figures.parseHours("500¹").value()).isEqualTo(500);
        assertThat(Figures.parseHours("500⁽¹²⁾").value()).isEqualTo(500);
        // a figure without a mark has none
        assertThat(Figures.parseHours("500").mark()).isNull();
        assertThat(Figures.parseHours("10 (max)").mark()).isNull();
    }

    @Test
    void refusesWhatCannotBeToldFromTheFigure() {
        // a digit at the figure's size after a space, a bracketed number, a glued letter: not a mark, not a number
        for (String text : new String[] {"500 1", "500 (12)", "500a", "500 ^", "(1) 500", "500 (1 ore)", "500 * 2",
            "40 % 2", "500 (a) (b) (c)"}) {
            Reading r = text.contains("%") ? Figures.parsePercent(text) : Figures.parseHours(text);
            assertThat(r.status()).as(text).isEqualTo(Reading.Status.NOT_A_NUMBER);
            assertThat(r.value()).as(text).isNull();
            assertThat(r.raw()).as(text).isEqualTo(text);
        }
        // a superscript printed at the figure's size is a digit as far as the text shows: the figure as printed
        assertThat(Figures.parseHours("5001").value()).isEqualTo(5001);
        assertThat(Figures.parseHours("5001").mark()).isNull();
    }
}
