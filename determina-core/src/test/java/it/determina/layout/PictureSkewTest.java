package it.determina.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PictureSkewTest {

    private static final String[] LINES = {
        "STANDARD MINIMO DI PERCORSO FORMATIVO",
        "2. LIVELLO EQF DELLA QUALIFICAZIONE IN USCITA: 3",
        "Le Unità di risultati di apprendimento vanno realizzate attraverso attività di formazione",
        "specifica e metodologia attiva, utilizzando, se necessario, laboratori pratici.",
        "Durata minima: 40 ore; durata massima: il 30% sul totale del percorso.",
        "Crediti di frequenza: la percentuale massima riconoscibile è il 25% sulla durata di ore d'aula."};

    @ParameterizedTest(name = "{0} degrees")
    @ValueSource(doubles = {-1.4, -0.4, 0.25, 0.9, 2.5})
    void measuresTheTiltOfAScannedPage(double degrees) {
        BufferedImage picture = ScanPictures.page(150, degrees, ScanPictures.text(60, 120, 14, LINES));

        assertThat(PictureSkew.degrees(picture)).isCloseTo(degrees, within(0.05));
    }

    @ParameterizedTest(name = "{0} dpi")
    @ValueSource(floats = {150, 300})
    void leavesAStraightPageAsItIs(float dpi) {
        BufferedImage picture = ScanPictures.page(dpi, 0, ScanPictures.text(60, 120, 14, LINES));

        double degrees = PictureSkew.degrees(picture);

        assertThat(degrees).isZero();
        assertThat(PictureSkew.level(picture, degrees)).isSameAs(picture);
    }
}
