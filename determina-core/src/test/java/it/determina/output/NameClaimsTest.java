package it.determina.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameClaimsTest {

    @Test
    void givesASuffixToANameHeldWhateverItsCase() {
        NameClaims claims = new NameClaims();
        assertThat(claims.claim("a.pdf")).isEqualTo("a.pdf");
        assertThat(claims.claim("a.pdf")).isEqualTo("a~2.pdf");
        assertThat(claims.claim("A.PDF")).isEqualTo("A~3.PDF");
        assertThat(claims.claim("a.pdf.p7m")).isEqualTo("a~4.pdf.p7m");
    }

    @Test
    void keepsAFailureRecordFromMeetingAnotherInputsOutput() {
        NameClaims claims = new NameClaims();
        assertThat(claims.claim("atto.error.pdf")).isEqualTo("atto.error.pdf");
        assertThat(claims.claim("atto.pdf")).isEqualTo("atto~2.pdf");
    }

    @Test
    void makesNamesPrintableWithoutPathsOrHiddenDots() {
        assertThat(NameClaims.printable("evil\nINFO forged.pdf")).isEqualTo("evil_INFO forged.pdf");
        assertThat(NameClaims.printable(".hidden.pdf")).isEqualTo("_hidden.pdf");
        assertThat(NameClaims.printable("../x/y.pdf")).isEqualTo("_._x_y.pdf");
    }
}
