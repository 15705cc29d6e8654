package it.determina.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageFrameTest {

    // a US letter page (612 x 792 user space); the point (100, 200) of its user space, as shown upright
    @Test
    void mapsAPointOfAPageTurnedBy90BackToUserSpace() {
        double[] box = new PageFrame(90, 0, 0, 612, 792).toUserSpace(200, 100, 200, 100);
        assertThat(box).containsExactly(100, 200, 100, 200);
    }

    @Test
    void mapsAPointOfAPageTurnedBy180BackToUserSpace() {
        double[] box = new PageFrame(180, 0, 0, 612, 792).toUserSpace(512, 200, 512, 200);
        assertThat(box).containsExactly(100, 200, 100, 200);
    }

    @Test
    void mapsAPointOfAPageTurnedBy270BackToUserSpace() {
        double[] box = new PageFrame(270, 0, 0, 612, 792).toUserSpace(592, 512, 592, 512);
        assertThat(box).containsExactly(100, 200, 100, 200);
    }

    @Test
    void flipsAnUnrotatedBoxToABottomLeftOriginAndAddsTheCropOffset() {
        double[] box = new PageFrame(0, 10, 20, 612, 792).toUserSpace(50, 100, 150, 120);
        assertThat(box).containsExactly(60, 692, 160, 712);
    }
}
