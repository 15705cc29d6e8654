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
}
