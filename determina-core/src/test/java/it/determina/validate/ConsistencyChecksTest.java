package it.determina.validate;

import static org.assertj.core.api.Assertions.assertThat;

import it.determina.family.Evidence;
import it.determina.family.StandardDraft;
import it.determina.model.Attendance;
import it.determina.model.Classification;
import it.determina.model.DistanceLearning;
import it.determina.model.Duration;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import it.determina.model.Internship;
import it.determina.model.Kind;
import it.determina.model.Unit;
import it.determina.model.UnitKind;
import it.determina.model.YearHours;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsistencyChecksTest {

    private static Unit unit(int number, Integer hours, Integer fad) {
        return new Unit(number, UnitKind.LEARNING_OUTCOME_UNIT, "Unità " + number, null, hours, fad, null, null, null,
                null, List.of(), List.of(), null);
    }

    private static StandardDraft draft(Duration duration, List<Unit> units, Evidence evidence) {
        return new StandardDraft(Kind.TRAINING_STANDARD, "Lazio", "Operatore", 3, null, Classification.empty(), duration,
                null, null, List.of(), units, evidence);
    }

    private static Duration total(Integer hours, Integer fad) {
        return new Duration(hours, null, null, null, null, fad == null ? null : new DistanceLearning(fad, null, null),
                null, List.of());
    }

    private static List<FlagCode> codes(List<Flag> flags) {
        return flags.stream().map(Flag::code).toList();
    }

    @Test
    void flagsUnitsNotAddingUpToADeclaredTotal() {
        Evidence e = new Evidence.Builder().totalIsUnitSum().page("/duration/totalHours", 4).build();
        List<Flag> flags = new UnitHoursSumCheck().check(draft(total(180, null), List.of(unit(1, 100, 0), unit(2, 78, 0)), e));
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FlagCode.UNIT_HOURS_SUM_MISMATCH);
            assertThat(f.field()).isEqualTo("/duration/totalHours");
            assertThat(f.expected()).isEqualTo(180);
            assertThat(f.actual()).hasToString("178");
            assertThat(f.page()).isEqualTo(4);
        });
    }

    @Test
    void doesNotSumWhenAUnitHasNoHours() {
        Evidence e = new Evidence.Builder().totalIsUnitSum().build();
        assertThat(new UnitHoursSumCheck().check(draft(total(180, null), List.of(unit(1, 100, 0), unit(2, null, 0)), e))).isEmpty();
    }

    @Test
    void doesNotSumATotalTheDocumentDoesNotDeclareAsTheSum() {
        Evidence e = new Evidence.Builder().build();
        assertThat(new UnitHoursSumCheck().check(draft(total(180, null), List.of(unit(1, 100, 0)), e))).isEmpty();
    }

    @Test
    void flagsDistanceHoursNotAddingUp() {
        Evidence e = new Evidence.Builder().distanceTotalIsUnitSum().build();
        List<Flag> flags = new DistanceHoursSumCheck().check(draft(total(30, 10), List.of(unit(1, 20, 5), unit(2, 10, 4)), e));
        assertThat(codes(flags)).containsExactly(FlagCode.DISTANCE_HOURS_SUM_MISMATCH);
        assertThat(flags.get(0).field()).isEqualTo("/duration/distanceLearning/maxHours");
    }

    @Test
    void flagsAUnitWithMoreDistanceHoursThanHours() {
        List<Flag> flags = new UnitDistanceExceedsCheck().check(draft(total(40, null),
                List.of(unit(1, 20, 20), unit(2, 20, 25)), new Evidence.Builder().build()));
        assertThat(flags).singleElement().extracting(Flag::field).isEqualTo("/units/1/distanceMaxHours");
    }

    @Test
    void flagsYearsNotAddingUpToTheTotal() {
        Duration d = new Duration(600, null, null, null, null, null, null,
                List.of(new YearHours(1, 300, false), new YearHours(2, 200, true)));
        assertThat(codes(new YearHoursSumCheck().check(draft(d, List.of(), new Evidence.Builder().build()))))
                .containsExactly(FlagCode.YEAR_HOURS_SUM_MISMATCH);
    }

    @Test
    void flagsComponentsAboveTheTotal() {
        Duration d = new Duration(250, 200, 0, 20, new Internship(50, null, null, 75), null, null, List.of());
        List<Flag> flags = new ComponentHoursCheck().check(draft(d, List.of(), new Evidence.Builder().build()));
        assertThat(flags).singleElement().satisfies(f -> assertThat(f.actual()).hasToString("270"));
    }

    @Test
    void doesNotFlagComponentsWithinTheTotal() {
        Duration d = new Duration(250, 125, 0, 20, new Internship(0, null, null, 75), null, null, List.of());
        assertThat(new ComponentHoursCheck().check(draft(d, List.of(), new Evidence.Builder().build()))).isEmpty();
    }

    @Test
    void flagsUnitsNotMatchingClassroomLessKeyCompetences() {
        Duration d = new Duration(250, 125, 0, 20, null, null, null, List.of());
        List<Flag> flags = new UnitHoursClassroomCheck().check(draft(d, List.of(unit(1, 50, null), unit(2, 50, null)),
                new Evidence.Builder().build()));
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("/duration/classroomHours");
            assertThat(f.expected()).hasToString("105");
        });
    }

    @Test
    void flagsAnInternshipAboveItsShareOfTheWholePath() {
        Duration d = new Duration(100, null, null, null, new Internship(60, null, 30, null), null, null, List.of());
        assertThat(codes(new InternshipOverLimitCheck().check(draft(d, List.of(), new Evidence.Builder().build()))))
                .containsExactly(FlagCode.INTERNSHIP_OVER_LIMIT);
    }

    @Test
    void acceptsAnInternshipWithinItsShareOfTheWholePath() {
        Duration d = new Duration(180, null, null, null, new Internship(50, null, 40, null), null, null, List.of());
        assertThat(new InternshipOverLimitCheck().check(draft(d, List.of(), new Evidence.Builder().build()))).isEmpty();
    }

    @Test
    void flagsPercentagesOutsideZeroToHundred() {
        Duration d = new Duration(250, null, null, null, null, new DistanceLearning(null, 175, 70), null, List.of());
        StandardDraft draft = new StandardDraft(Kind.TRAINING_STANDARD, null, "x", null, null, Classification.empty(), d,
                new Attendance(80, null, -5), null, List.of(), List.of(), new Evidence.Builder().build());
        assertThat(new PercentRangeCheck().check(draft)).extracting(Flag::field).containsExactly(
                "/duration/distanceLearning/syncMaxPercentOfClassroom", "/attendance/maxAbsencePercent");
    }

    @Test
    void reportsEveryEmptyLabelledFigure() {
        Evidence e = new Evidence.Builder().missing("/units/0/minHours", "Durata minima di aula (ore)", "", 3).build();
        assertThat(new MissingValueCheck().check(draft(null, List.of(unit(1, null, null)), e)))
                .singleElement().satisfies(f -> {
                    assertThat(f.field()).isEqualTo("/units/0/minHours");
                    assertThat(f.page()).isEqualTo(3);
                });
    }

    @Test
    void flagsATitleSpelledDifferentlyElsewhereButNotForPunctuation() {
        Evidence e = new Evidence.Builder()
                .altTitle(0, "Unità, 1", 1)
                .altTitle(1, "Gestione dei reclami", 1).build();
        List<Flag> flags = new UnitTitleMismatchCheck().check(draft(null, List.of(unit(1, 1, 0), unit(2, 1, 0)), e));
        assertThat(flags).singleElement().extracting(Flag::field).isEqualTo("/units/1/title");
    }

    @Test
    void flagsGapsInUnitNumbering() {
        assertThat(codes(new UnitNumberingCheck().check(draft(null, List.of(unit(1, 1, 0), unit(3, 1, 0)),
                new Evidence.Builder().build())))).containsExactly(FlagCode.UNIT_NUMBERING_GAP);
        assertThat(new UnitNumberingCheck().check(draft(null, List.of(unit(1, 1, 0), unit(2, 1, 0)),
                new Evidence.Builder().build()))).isEmpty();
    }

    @Test
    void flagsPagesWithoutText() {
        Evidence e = new Evidence.Builder().build().withUnreadablePages(List.of(2));
        assertThat(new UnreadablePageCheck().check(draft(null, List.of(), e)))
                .singleElement().satisfies(f -> {
                    assertThat(f.code()).isEqualTo(FlagCode.UNREADABLE_PAGE);
                    assertThat(f.field()).isEqualTo("/source");
                    assertThat(f.page()).isEqualTo(2);
                });
    }
}
