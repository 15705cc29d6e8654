package it.determina;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void writesLineBreaksAndControlsAsEscapesSoANameCannotForgeALogLine() {
        // finding 14: "a\nINFO forged.pdf" printed a line of its own
        assertThat(SafeText.of("a\nINFO drop-folder - forged.pdf")).isEqualTo("a\\nINFO drop-folder - forged.pdf");
        assertThat(SafeText.of("a\r\u2028b\u0007")).isEqualTo("a\\r\\u2028b\\u0007");
        assertThat(SafeText.of("Allegato 16 è.pdf")).isEqualTo("Allegato 16 è.pdf");
    }
}
