package it.determina.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.determina.Pipeline;
import it.determina.model.Attendance;
import it.determina.model.CanonicalStandard;
import it.determina.model.DistanceLearning;
import it.determina.model.Duration;
import it.determina.model.Flag;
import it.determina.model.Internship;
import it.determina.model.Unit;
import it.determina.testing.CampaniaSheet;
import it.determina.testing.CampaniaSheet.Align;
import it.determina.testing.CampaniaSheet.Rules;
import it.determina.testing.CampaniaSheet.Side;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Campania "standard formativo" sheets built here with PDFBox ({@link CampaniaSheet}) whose label column is
 * narrow: labels wrap onto two to four lines and each cell is set in the middle of its row, so a value
 * stands between two lines of a label of two or four lines, beside the second of three, and a one-line
 * label beside the middle of a list of knowledge items. Every value is read with its label whatever the
 * rulings (none, rules between the rows, a frame around each table, a grid) and the font; the same sheets
 * with their cells at the top of the rows still read whole, and so do sheets printing their labels right of
 * their values.
 */
class WrappedLabelsTest {

    /** A TrueType font with other widths than the standard 14, where installed. */
    private static final Path SERIF = Path.of("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf");

    @TempDir
    Path tmp;

    static Stream<Arguments> sheets() {
        return Stream.of(FontName.HELVETICA, FontName.TIMES_ROMAN)
                .flatMap(font -> Stream.of(Rules.values()).map(rules -> Arguments.of(font, rules)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("sheets")
    void readsEveryValueSetInTheMiddleBesideItsWrappedLabel(FontName font, Rules rules) throws Exception {
        Path pdf = CampaniaSheet.write(tmp.resolve("centred.pdf"), CampaniaSheet.standard(font), 9.5f, 88, Align.MIDDLE,
                Side.LEFT, rules);
        assertReadWhole(pdf);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Rules.class)
    void readsATrueTypeSheetSetInTheMiddle(Rules rules) throws Exception {
        assumeTrue(Files.isReadable(SERIF), "Liberation Serif is not installed");
        Path pdf = CampaniaSheet.write(tmp.resolve("serif.pdf"), CampaniaSheet.trueType(SERIF), 10, 92, Align.MIDDLE,
                Side.LEFT, rules);
        assertReadWhole(pdf);
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("sheets")
    void stillReadsTheSheetWithItsCellsAtTheTop(FontName font, Rules rules) throws Exception {
        Path pdf = CampaniaSheet.write(tmp.resolve("top.pdf"), CampaniaSheet.standard(font), 9.5f, 88, Align.TOP,
                Side.LEFT, rules);
        assertReadWhole(pdf);
    }

    /**
     * Labels right of their values, without rules or in a grid. Ruled between the rows only or framed, the
     * table layer still takes a value nearly as wide as the row for a cell across both columns: not here.
     */
    static Stream<Arguments> labelsRight() {
        return Stream.of(FontName.HELVETICA, FontName.TIMES_ROMAN)
                .flatMap(font -> Stream.of(Rules.NONE, Rules.GRID).map(rules -> Arguments.of(font, rules)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("labelsRight")
    void readsLabelsPrintedRightOfTheirValues(FontName font, Rules rules) throws Exception {
        Path pdf = CampaniaSheet.write(tmp.resolve("right.pdf"), CampaniaSheet.standard(font), 9.5f, 88, Align.MIDDLE,
                Side.RIGHT, rules);
        assertReadWhole(pdf);
    }

    private static void assertReadWhole(Path pdf) throws Exception {
        List<CanonicalStandard> standards = new Pipeline(FamilyRegistry.standard()).ingest(pdf);
        assertThat(standards).hasSize(1);
        CanonicalStandard s = standards.get(0);
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(s.title()).isEqualTo(CampaniaSheet.TITLE);
        softly.assertThat(s.eqfLevel()).isEqualTo(4);
        softly.assertThat(s.description()).isEqualTo(CampaniaSheet.DESCRIPTION);
        softly.assertThat(s.classification().ada()).extracting(a -> a.code()).containsExactly("ADA.07.02.09");
        softly.assertThat(s.classification().isced()).extracting(a -> a.code()).containsExactly("0713");
        softly.assertThat(number(duration(s).totalHours())).isEqualTo(600.0);
        softly.assertThat(number(duration(s).classroomHours())).isEqualTo(240.0);
        softly.assertThat(number(duration(s).labHours())).isEqualTo(110.0);
        softly.assertThat(number(duration(s).keyCompetenceHours())).isEqualTo(30.0);
        softly.assertThat(number(distance(s).syncMaxPercentOfClassroom())).isEqualTo(25.0);
        softly.assertThat(number(distance(s).asyncMaxPercentOfClassroom())).isEqualTo(15.0);
        softly.assertThat(number(internship(s).minHours())).isEqualTo(150.0);
        softly.assertThat(number(internship(s).withLabMinHours())).isEqualTo(260.0);
        softly.assertThat(number(attendance(s).minPercent())).isEqualTo(80.0);
        softly.assertThat(number(attendance(s).maxAbsencePercent())).isEqualTo(20.0);
        softly.assertThat(s.entryRequirements()).hasSize(1);
        softly.assertThat(s.units()).hasSize(CampaniaSheet.UNITS.size());
        for (int i = 0; i < s.units().size() && i < CampaniaSheet.UNITS.size(); i++) {
            Unit u = s.units().get(i);
            Object[] expected = CampaniaSheet.UNITS.get(i);
            softly.assertThat(u.title()).as("unit %d", i + 1).isEqualTo(expected[0]);
            softly.assertThat(u.competenceUnit() == null ? null : u.competenceUnit().code()).as("unit %d", i + 1)
                    .isEqualTo(expected[2]);
            softly.assertThat(u.expectedResult()).as("unit %d", i + 1).isEqualTo(expected[3]);
            softly.assertThat(u.skills()).as("unit %d", i + 1).containsExactlyElementsOf(strings(expected[4]));
            softly.assertThat(u.knowledge()).as("unit %d", i + 1).containsExactlyElementsOf(strings(expected[5]));
            softly.assertThat(number(u.minHours())).as("unit %d", i + 1).isEqualTo(((Integer) expected[6]).doubleValue());
        }
        // the figures agree and every printed row was read: not one flag
        softly.assertThat(s.flags()).extracting(Flag::code).isEmpty();
        softly.assertAll();
    }

    private static Duration duration(CanonicalStandard s) {
        return s.duration() == null ? new Duration(null, null, null, null, null, null, null, List.of()) : s.duration();
    }

    private static DistanceLearning distance(CanonicalStandard s) {
        DistanceLearning d = duration(s).distanceLearning();
        return d == null ? new DistanceLearning(null, null, null) : d;
    }

    private static Internship internship(CanonicalStandard s) {
        Internship i = duration(s).internship();
        return i == null ? new Internship(null, null, null, null) : i;
    }

    private static Attendance attendance(CanonicalStandard s) {
        return s.attendance() == null ? new Attendance(null, null, null) : s.attendance();
    }

    private static Double number(Number n) {
        return n == null ? null : n.doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object o) {
        return (List<String>) o;
    }
}
