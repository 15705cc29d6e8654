package it.determina.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.determina.Pipeline;
import it.determina.model.AdaCode;
import it.determina.model.CanonicalStandard;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import it.determina.output.StandardJson;
import it.determina.testing.AtlantePage;
import it.determina.testing.AtlantePage.Ada;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An Atlante page prints one block per AdA: its "ADA.…" line, then its equivalence table. With only white
 * space between the blocks, the unruled table of one block runs on over the next block's AdA line and
 * heading; {@link LineSheet} reads a printed line of a table that starts with a label of the standard's as the
 * running line it is, so every AdA comes out, in order, with its title whole. Pages written with PDFBox
 * ({@link AtlantePage}) in two fonts and two sizes, portrait and landscape, with two and three AdAs; and every
 * Atlante page of the layout matrix, the held-out layouts and the samples, whose AdA lists (code, former code,
 * title) must come out as their expected JSON has them.
 */
class AtlanteAdaBlocksTest {

    private static final Pipeline PIPELINE = new Pipeline(FamilyRegistry.standard());

    private static final Ada FIRST = new Ada("ADA.19.20.04", "ADA.20.187.612",
            "Preparazione di pasti nella ristorazione collettiva", List.of(
                    new String[] {"Operatore della ristorazione collettiva", "Umbria"},
                    new String[] {"Addetto mensa", "Marche"},
                    new String[] {"Aiuto cuoco di mensa", "Toscana"}));
    private static final Ada SECOND = new Ada("ADA.19.20.05", "ADA.20.187.613",
            "Distribuzione dei pasti e riassetto dei locali", List.of(
                    new String[] {"Addetto alla distribuzione pasti", "Lazio"},
                    new String[] {"Operatore di mensa", "Veneto"}));
    private static final Ada THIRD = new Ada("ADA.19.20.06", "ADA.20.187.614",
            "Gestione delle scorte di cucina, ricevimento delle merci, controllo delle temperature di"
                    + " conservazione e rotazione dei prodotti in dispensa", List.of(
                    new String[] {"Magazziniere di cucina", "Puglia"},
                    new String[] {"Addetto alla dispensa", "Liguria"},
                    new String[] {"Economo di mensa", "Sicilia"}));

    @TempDir
    Path dir;

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of(FontName.HELVETICA, 12f, PDRectangle.A4, List.of(FIRST, SECOND)),
                Arguments.of(FontName.TIMES_ROMAN, 8f, landscape(), List.of(FIRST, SECOND)),
                Arguments.of(FontName.HELVETICA, 9f, landscape(), List.of(FIRST, SECOND, THIRD)),
                Arguments.of(FontName.TIMES_ROMAN, 11f, PDRectangle.A4, List.of(FIRST, SECOND, THIRD)));
    }

    @ParameterizedTest(name = "{0} {1}pt, {2}")
    @MethodSource("pages")
    void readsEveryAdaBlockAfterTheTableOfTheBlockBefore(FontName font, float size, PDRectangle format,
                                                         List<Ada> adas) throws Exception {
        Path pdf = dir.resolve("atlante.pdf");
        AtlantePage.write(pdf, font, size, format, "Operatore della ristorazione collettiva", adas, FIRST.line());

        CanonicalStandard s = single(pdf);

        assertThat(s.classification().ada()).extracting(AdaCode::code)
                .containsExactlyElementsOf(adas.stream().map(Ada::code).toList());
        assertThat(s.classification().ada()).extracting(AdaCode::formerCode)
                .containsExactlyElementsOf(adas.stream().map(Ada::former).toList());
        // the title ends where the AdA line ends (the third wraps): not the heading or rows of the table under it
        assertThat(s.classification().ada()).extracting(AdaCode::title)
                .containsExactlyElementsOf(adas.stream().map(Ada::title).toList());
        assertThat(s.flags()).extracting(Flag::field).doesNotContain("/classification/ada");
        // the tables and the competence below the blocks are read as before
        assertThat(s.classification().istat()).hasSize(1);
        assertThat(s.units()).hasSize(1);
    }

    static Stream<Path> atlantePages() throws Exception {
        List<Path> out = new ArrayList<>();
        for (String folder : List.of("src/test/resources/matrix/atlante", "src/test/resources/held-out", "samples")) {
            try (Stream<Path> s = Files.list(Path.of(folder))) {
                s.filter(p -> p.getFileName().toString().contains("atlante") && p.toString().endsWith(".pdf"))
                        .sorted().forEach(out::add);
            }
        }
        return out.stream();
    }

    /**
     * The matrix prints each AdA block as its line, the heading, then its tables; where a table holds the next
     * block's AdA line, the title used to run on into the heading below it ("... delle scorte Tabelle di
     * equivalenza AdA"), and an unruled table of the held-out layouts hid the AdA line from the list.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("atlantePages")
    void everyAtlantePageGivesItsAdaLinesAsPrinted(Path pdf) throws Exception {
        String name = pdf.getFileName().toString();
        JsonNode expected = new ObjectMapper().readTree(
                pdf.resolveSibling(name.substring(0, name.length() - 4) + ".expected.json").toFile());
        JsonNode actual = new StandardJson().toTree(PIPELINE.ingest(pdf));

        assertThat(actual.get(0).at("/classification/ada")).isEqualTo(expected.get(0).at("/classification/ada"));
    }

    /**
     * A competence names an AdA whose line the page does not print as one (here: it has no AdA block): the
     * AdA list cannot be the page's whole list, and says so rather than stand silently short.
     */
    @ParameterizedTest(name = "{0} {1}pt")
    @MethodSource("pages")
    void doubtsTheAdaListWhenALineNamesAnAdaItLacks(FontName font, float size, PDRectangle format,
                                                    List<Ada> adas) throws Exception {
        Path pdf = dir.resolve("atlante.pdf");
        AtlantePage.write(pdf, font, size, format, "Operatore della ristorazione collettiva", adas.subList(0, 1),
                adas.get(1).line());

        CanonicalStandard s = single(pdf);

        assertThat(s.classification().ada()).extracting(AdaCode::code).containsExactly(FIRST.code());
        assertThat(s.flags()).filteredOn(f -> f.code() == FlagCode.VALUE_DOUBTFUL)
                .extracting(Flag::field, f -> f.message().contains(adas.get(1).code()))
                .containsExactly(tuple("/classification/ada", true));
    }

    private static CanonicalStandard single(Path pdf) throws Exception {
        List<CanonicalStandard> out = PIPELINE.ingest(pdf);
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    private static PDRectangle landscape() {
        return new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    }
}
