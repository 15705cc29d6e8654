package it.determina.validate;

import static org.assertj.core.api.Assertions.assertThat;

import it.determina.family.Evidence;
import it.determina.family.StandardDraft;
import it.determina.model.Classification;
import it.determina.model.Confidence;
import it.determina.model.DistanceLearning;
import it.determina.model.Duration;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import it.determina.model.Kind;
import it.determina.model.Severity;
import it.determina.model.Unit;
import it.determina.model.UnitKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The self-checks of issue 11 on hand-built drafts: each fires on what it doubts, and only there. */
class SelfChecksTest {

    private static Unit unit(int number, String title, Integer hours) {
        return new Unit(number, UnitKind.LEARNING_OUTCOME_UNIT, title, null, hours, null, null, null, null, null,
                List.of("Orientamento al ruolo"), List.of(), null);
    }

    private static StandardDraft draft(String title, Duration duration, List<Unit> units, Evidence evidence) {
        return new StandardDraft(Kind.TRAINING_STANDARD, "Lazio", title, null, null, Classification.empty(), duration,
                null, null, List.of(), units, evidence);
    }

    private static Duration total(Integer hours) {
        return new Duration(hours, null, null, null, null, null, null, List.of());
    }

    @Test
    void flagsNoUnitsWhereTheLayoutHasUnits() {
        Evidence expectsUnits = new Evidence.Builder().expects("/units").page("/units", 4).build();

        List<Flag> flags = new NoUnitsReadCheck().check(draft("Operatore", total(180), List.of(), expectsUnits));

        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FlagCode.NO_UNITS_READ);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.field()).isEqualTo("/units");
            assertThat(f.page()).isEqualTo(4);
        });
        assertThat(new NoUnitsReadCheck().check(draft("Operatore", total(180), List.of(), new Evidence.Builder().build())))
                .isEmpty();
    }

    @Test
    void flagsFewerUnitsThanTheStandardListsButNotMore() {
        Evidence listsThree = new Evidence.Builder().listed(3, "the ELENCO", 2).build();
        List<Unit> two = List.of(unit(1, "A", 10), unit(2, "B", 10));
        List<Unit> four = List.of(unit(1, "A", 10), unit(2, "B", 10), unit(3, "C", 10), unit(4, "D", 10));

        assertThat(new UnitsIncompleteCheck().check(draft("Operatore", total(20), two, listsThree))).singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo(FlagCode.UNITS_INCOMPLETE);
                    assertThat(f.expected()).isEqualTo(3);
                    assertThat(f.actual()).isEqualTo(2);
                    assertThat(f.page()).isEqualTo(2);
                });
        assertThat(new UnitsIncompleteCheck().check(draft("Operatore", total(40), four, listsThree))).isEmpty();
    }

    @Test
    void tellsALabelNotFoundFromALabelFoundWithoutValue() {
        Evidence e = new Evidence.Builder().expects("/title", "/eqfLevel", "/duration/totalHours", "/units/0/minHours")
                .labelled("/eqfLevel").missing("/units/0/minHours", "Durata minima", "", 5).build();

        List<Flag> flags = new ExpectedFieldsCheck().check(draft("Operatore", total(null), List.of(unit(1, "A", null)), e));

        assertThat(flags).extracting(Flag::code, Flag::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FlagCode.VALUE_NOT_READ, "/eqfLevel"),
                org.assertj.core.groups.Tuple.tuple(FlagCode.LABEL_NOT_FOUND, "/duration/totalHours"));
    }

    @Test
    void takesHeadingsAndRepeatedWordsForNoName() {
        Evidence e = new Evidence.Builder().page("/title", 1).build();
        TitleNotANameCheck check = new TitleNotANameCheck();

        assertThat(check.check(draft("ALLEGATO 6", null, List.of(), e))).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FlagCode.TITLE_NOT_A_NAME);
            assertThat(f.field()).isEqualTo("/title");
            assertThat(f.actual()).isEqualTo("ALLEGATO 6");
            assertThat(f.page()).isEqualTo(1);
        });
        assertThat(check.check(draft("STANDARD FORMATIVO", null, List.of(), e))).hasSize(1);
        assertThat(check.check(draft("Tecnico esperto customer care Tecnico esperto customer care anni", null, List.of(), e)))
                .hasSize(1);
        assertThat(check.check(draft("Tecnico esperto customer care", null, List.of(), e))).isEmpty();
        assertThat(check.check(draft("Addetto alle vendite e vendite online", null, List.of(), e))).isEmpty();
        assertThat(check.check(draft("", null, List.of(), e))).isEmpty();
    }

    @Test
    void flagsTextOfAUnitThatWentIntoNoFieldUnlessItIsPrintedTwice() {
        Evidence e = new Evidence.Builder().unread("/units/0", "Aspetti contrattualistici", 8)
                .unread("/units/0", "di frequenza", 8).unread("/units/1", "1) A unit | 2) Orientamento al ruolo", 9).build();

        List<Flag> flags = new UnreadTextCheck().check(draft("Operatore", null,
                List.of(unit(1, "A unit", 10), unit(2, "B", 10)), e));

        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FlagCode.TEXT_NOT_READ);
            assertThat(f.field()).isEqualTo("/units/0");
            assertThat(f.actual()).isEqualTo("Aspetti contrattualistici | di frequenza");
            assertThat(f.page()).isEqualTo(8);
        });
    }

    @Test
    void anItemUnreadInOneUnitIsLostThoughAnotherUnitHoldsTheSameWords() {
        // units share items: the one a page break cut from unit 2 is not in unit 2 because unit 1 has it
        Unit second = new Unit(2, UnitKind.LEARNING_OUTCOME_UNIT, "B", null, 10, null, null, null, null, null,
                List.of("Elementi di informatica"), List.of(), null);
        Evidence e = new Evidence.Builder().unread("/units/1", "• Orientamento al ruolo", 6).build();

        List<Flag> flags = new UnreadTextCheck().check(draft("Operatore", null, List.of(unit(1, "A", 10), second), e));

        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("/units/1");
            assertThat(f.page()).isEqualTo(6);
        });
    }

    @Test
    void doubtsTheListsOfAUnitWhoseTitleAndContentsColumnsRanTogether() {
        Unit contentsInTitle = new Unit(1, UnitKind.LEARNING_OUTCOME_UNIT, "Conoscenze - Modelli di supply chain", null, 60,
                null, null, null, null, null, List.of("Modelli di supply chain"), List.of(), null);
        Unit titleInLists = new Unit(2, UnitKind.LEARNING_OUTCOME_UNIT, "Organizzare", null, 48, null, null, null, null, null,
                List.of("Codifica degli articoli e Organizzare gli spazi e tecnologie", "Inventario"), List.of(), null);
        Unit sharesWords = new Unit(3, UnitKind.LEARNING_OUTCOME_UNIT, "Gestire il magazzino", null, 8, null, null, null, null,
                null, List.of("Gestione del magazzino", "Il magazzino e le scorte"), List.of(), null);
        Evidence e = new Evidence.Builder().altTitle(0, "Pianificare i flussi", 1)
                .altTitle(1, "Organizzare gli spazi e le attivita", 1).altTitle(2, "Gestire il magazzino delle merci", 1)
                .page("/units/0", 3).page("/units/1", 3).page("/units/2", 4).build();

        List<Flag> flags = new ColumnsRunTogetherCheck().check(draft("Operatore", null,
                List.of(contentsInTitle, titleInLists, sharesWords), e));

        assertThat(flags).extracting(Flag::field).containsExactly("/units/0", "/units/1");
        assertThat(flags).allSatisfy(f -> assertThat(f.code()).isEqualTo(FlagCode.VALUE_DOUBTFUL));
    }

    @Test
    void doubtsAUnitReadFromARowCutAtTheWrongLine() {
        Evidence e = new Evidence.Builder().altTitle(0, "Orientamento al ruolo e alla professione sartoriale", 1)
                .altTitle(1, "Tagliare e confezionare capi su misura", 1).altTitle(2, "Eseguire riparazioni e modifiche", 1)
                .altTitle(3, "Sicurezza sul luogo di lavoro", 1).build();
        List<Unit> units = List.of(unit(1, "professione sartoriale", 10), unit(2, "capi su misura Eseguire riparazioni", 60),
                unit(3, "Eseguire riparazioni e modifiche", 30), unit(4, "Sicurezza", 8));

        List<Flag> flags = new RowsCutElsewhereCheck().check(draft("Operatore", null, units, e));

        // a name only shortened at its end ("Sicurezza") is no cut row
        assertThat(flags).extracting(Flag::field).containsExactly("/units/0", "/units/1");
        assertThat(flags).allSatisfy(f -> assertThat(f.code()).isEqualTo(FlagCode.VALUE_DOUBTFUL));
    }

    @Test
    void flagsValuesReadByOcrFromWordsOfLowConfidence() {
        Evidence e = new Evidence.Builder().page("/duration/totalHours", 3).build()
                .withOcrConfidence(Map.of("/duration/totalHours", 31, "/units/0", 96, "/eqfLevel", 12));

        List<Flag> flags = new LowOcrConfidenceCheck().check(draft("Operatore", total(180), List.of(unit(1, "A", 180)), e));

        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FlagCode.LOW_OCR_CONFIDENCE);
            assertThat(f.field()).isEqualTo("/duration/totalHours");
            assertThat(f.actual()).isEqualTo(180);
            assertThat(f.page()).isEqualTo(3);
        });
    }

    @Test
    void doubtsTheOcrFigureOfAFailingSumItWasLeastSureOf() {
        Duration withFad = new Duration(180, null, null, null, null, new DistanceLearning(10, null, null), null, List.of());
        Evidence e = new Evidence.Builder().totalIsUnitSum().page("/units/1/minHours", 2).build()
                .withOcrConfidence(Map.of("/duration/totalHours", 95, "/units/0/minHours", 93, "/units/1/minHours", 71));
        List<Unit> units = List.of(unit(1, "A", 100), unit(2, "B", 30));

        List<Flag> flags = new OcrFigureCheck().check(draft("Operatore", withFad, units, e));

        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FlagCode.OCR_FIGURE_DOUBTED);
            assertThat(f.field()).isEqualTo("/units/1/minHours");
            assertThat(f.actual()).isEqualTo(30);
            assertThat(f.page()).isEqualTo(2);
        });
        Evidence printed = new Evidence.Builder().totalIsUnitSum().build();
        assertThat(new OcrFigureCheck().check(draft("Operatore", withFad, units, printed))).isEmpty();
    }

    @Test
    void summarisesWhatWasExpectedFoundAndDoubted() {
        Evidence e = new Evidence.Builder().expects("/title", "/duration/totalHours", "/units", "/units/0/title",
                "/units/0/minHours").build();
        List<Flag> flags = List.of(Flag.of(FlagCode.LABEL_NOT_FOUND, "/duration/totalHours", "m", null, null, 1),
                Flag.of(FlagCode.MISSING_VALUE, "/units/0/minHours", "m", null, null, 1));

        Confidence c = ConfidenceSummary.of(draft("Operatore", total(null), List.of(unit(1, "A", null)), e), flags, true);

        assertThat(c).isEqualTo(new Confidence(3, 2, List.of("/duration/totalHours"), 2, 1, List.of("/units/0/minHours"),
                true, 1));
    }
}
