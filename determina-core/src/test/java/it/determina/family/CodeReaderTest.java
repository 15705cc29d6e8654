package it.determina.family;

import static org.assertj.core.api.Assertions.assertThat;

import it.determina.model.AdaCode;
import it.determina.model.Code;
import it.determina.model.CompetenceUnitRef;
import it.determina.model.Sector;
import org.junit.jupiter.api.Test;

class CodeReaderTest {

    @Test
    void readsAtecoCodesRunTogetherWithoutTheSectionLetter() {
        assertThat(CodeReader.ateco("N.82.11.01 - Servizi integrati di supporto N.82.20.00 - Attività dei call center"))
                .containsExactly(new Code("82.11.01", "Servizi integrati di supporto"), new Code("82.20.00", "Attività dei call center"));
    }

    @Test
    void readsIstatCodesRunTogether() {
        assertThat(CodeReader.istat("3.1.5.5.0 - Tecnici della produzione di servizi 3.3.3.4.0 - Tecnici della vendita"))
                .extracting(Code::code).containsExactly("3.1.5.5.0", "3.3.3.4.0");
    }

    @Test
    void readsAnAdaWithItsFormerCode() {
        assertThat(CodeReader.ada("ADA.24.04.11 (ex ADA.25.224.729) - Erogazione del servizio"))
                .containsExactly(new AdaCode("ADA.24.04.11", "ADA.25.224.729", "Erogazione del servizio"));
    }

    @Test
    void readsIscedWithItsTitle() {
        assertThat(CodeReader.isced("0415 Secretarial and office work"))
                .containsExactly(new Code("0415", "Secretarial and office work"));
    }

    @Test
    void readsASectorWithOrWithoutCode() {
        assertThat(CodeReader.sector("SEP 24 - Area comune")).isEqualTo(new Sector("24", "Area comune"));
        assertThat(CodeReader.sector("Area comune")).isEqualTo(new Sector(null, "Area comune"));
        assertThat(CodeReader.sector(" ")).isNull();
    }

    @Test
    void readsACompetenceUnitWithItsCodeAfterOrBeforeTheTitle() {
        assertThat(CodeReader.competenceUnit("Fornire informazioni tramite call center (2299)"))
                .isEqualTo(new CompetenceUnitRef("Fornire informazioni tramite call center", "2299"));
        assertThat(CodeReader.competenceUnit("UC 1576 - Accogliere il cliente"))
                .isEqualTo(new CompetenceUnitRef("Accogliere il cliente", "1576"));
        assertThat(CodeReader.competenceUnit("Accogliere il cliente")).isEqualTo(new CompetenceUnitRef("Accogliere il cliente", null));
        assertThat(CodeReader.competenceUnit(" ")).isNull();
    }

    @Test
    void readsTheCodeACellStartsWith() {
        assertThat(CodeReader.leadingCode("58")).isEqualTo("58");
        assertThat(CodeReader.leadingCode("TOS-412 Tecnico")).isEqualTo("TOS-412");
        assertThat(CodeReader.leadingCode("Area comune 58")).isNull();
    }
}
