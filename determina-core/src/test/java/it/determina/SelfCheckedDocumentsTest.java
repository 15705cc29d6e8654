package it.determina;

import static org.assertj.core.api.Assertions.assertThat;

import it.determina.family.FamilyRegistry;
import it.determina.model.CanonicalStandard;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import it.determina.model.Severity;
import it.determina.testing.PdfDamage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The self-checks of issue 11 ("never silent") on real documents: development samples damaged the way a
 * misread document looks (a table header gone, a title blanked or replaced by a heading, a unit's hours cell
 * or number dropped, a label removed), where each check must fire on the field it doubts with its page;
 * and the samples as published, where none may fire.
 */
class SelfCheckedDocumentsTest {

    private static final Path LAZIO = Path.of("samples/lazio-percorso_operatore-assistenza-clienti.pdf");
    private static final Path CAMPANIA = Path.of("samples/campania-standard_operatore-call-center-inbound.pdf");
    private static final Pipeline PIPELINE = new Pipeline(FamilyRegistry.standard());

    @TempDir
    Path tmp;

    @Test
    void flagsAStandardWhoseUnitTableWasNotRead() throws Exception {
        Path damaged = tmp.resolve("no-unit-table.pdf");
        // the words naming the hours column ("Durata minima"): without them no column holds hours
        PdfDamage.remove(LAZIO, damaged, PdfDamage.words(LAZIO, f -> f.word().text().matches("Durata|minima")));

        CanonicalStandard s = only(damaged);

        assertThat(s.units()).isEmpty();
        assertThat(flag(s, FlagCode.NO_UNITS_READ)).satisfies(f -> {
            assertThat(f.field()).isEqualTo("/units");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.page()).isEqualTo(1);
        });
        assertThat(flag(s, FlagCode.LABEL_NOT_FOUND, "/duration/totalHours")).isNotNull();
        assertThat(s.confidence().fieldsNotFound()).contains("/units", "/duration/totalHours");
    }

    @Test
    void flagsABlankedTitleWhoseLabelWasFound() throws Exception {
        Path damaged = tmp.resolve("blank-title.pdf");
        PdfDamage.remove(LAZIO, damaged, PdfDamage.lineWith(LAZIO, "QUALIFICAZIONE DI OPERATORE"));

        CanonicalStandard s = only(damaged);

        assertThat(s.title()).isEmpty();
        assertThat(flag(s, FlagCode.VALUE_NOT_READ, "/title").page()).isEqualTo(1);
        assertThat(s.confidence().fieldsNotFound()).containsExactly("/title");
    }

    @Test
    void flagsAHeadingPrintedWhereTheNameGoes() throws Exception {
        Path damaged = tmp.resolve("heading-title.pdf");
        PdfDamage.replace(LAZIO, damaged, PdfDamage.lineWith(LAZIO, "QUALIFICAZIONE DI OPERATORE"), "ALLEGATO 6");

        CanonicalStandard s = only(damaged);

        assertThat(flag(s, FlagCode.TITLE_NOT_A_NAME, "/title")).satisfies(f -> {
            assertThat(f.actual()).isEqualTo(s.title());
            assertThat(f.page()).isEqualTo(1);
        });
        assertThat(s.title()).containsIgnoringCase("allegato 6");
    }

    @Test
    void flagsAnEmptiedHoursCellAsAMissingValueNotAsAReadingFailure() throws Exception {
        Path damaged = tmp.resolve("no-hours.pdf");
        List<PdfDamage.Found> row = PdfDamage.lineWith(LAZIO, "Sicurezza sul luogo 8 Max 4");
        PdfDamage.remove(LAZIO, damaged, row.stream().filter(f -> f.word().text().equals("8")).toList());

        CanonicalStandard s = only(damaged);

        assertThat(s.units().get(7).minHours()).isNull();
        assertThat(flag(s, FlagCode.MISSING_VALUE, "/units/7/minHours").page()).isEqualTo(4);
        assertThat(s.flags()).extracting(Flag::code).doesNotContain(FlagCode.UNIT_HOURS_SUM_MISMATCH)
                .noneMatch(FlagCode::isSelfCheck);
        assertThat(s.confidence().unitCellsNotFound()).containsExactly("/units/7/minHours");
    }

    @Test
    void flagsAUnitRowThatWasNotReadAsAUnit() throws Exception {
        Path damaged = tmp.resolve("unit-without-number.pdf");
        List<PdfDamage.Found> row = PdfDamage.lineWith(LAZIO, "Sicurezza sul luogo 8 Max 4");
        PdfDamage.remove(LAZIO, damaged, row.stream().filter(f -> f.word().text().equals("8.")).toList());

        CanonicalStandard s = only(damaged);

        assertThat(s.units()).extracting(u -> u.number()).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(flag(s, FlagCode.UNITS_INCOMPLETE, "/units")).satisfies(f -> {
            assertThat(f.expected()).isEqualTo(8);
            assertThat(f.actual()).isEqualTo(7);
            assertThat(f.page()).isEqualTo(1);
        });
        assertThat(flag(s, FlagCode.TEXT_NOT_READ, "/units/6")).satisfies(f -> {
            assertThat(f.page()).isEqualTo(4);
            assertThat((String) f.actual()).contains("Legislazione sulla salute e sicurezza");
        });
    }

    @Test
    void tellsALabelNotFoundFromALabelWithAnEmptyValue() throws Exception {
        List<PdfDamage.Found> row = PdfDamage.lineWith(CAMPANIA, "Livello EQF");
        Path noLabel = tmp.resolve("no-eqf-label.pdf");
        PdfDamage.remove(CAMPANIA, noLabel, row.stream().filter(f -> !f.word().text().equals("3")).toList());
        Path noValue = tmp.resolve("no-eqf-value.pdf");
        PdfDamage.remove(CAMPANIA, noValue, row.stream().filter(f -> f.word().text().equals("3")).toList());

        CanonicalStandard withoutLabel = only(noLabel);
        CanonicalStandard withoutValue = only(noValue);

        assertThat(withoutLabel.eqfLevel()).isNull();
        assertThat(flag(withoutLabel, FlagCode.LABEL_NOT_FOUND, "/eqfLevel").page()).isEqualTo(1);
        assertThat(withoutValue.eqfLevel()).isNull();
        assertThat(flag(withoutValue, FlagCode.MISSING_VALUE, "/eqfLevel").page()).isEqualTo(1);
        assertThat(withoutValue.flags()).noneMatch(f -> f.code().isSelfCheck());
        assertThat(withoutLabel.flags()).noneMatch(f -> f.code() == FlagCode.LAYOUT_NOT_READ);
    }

    @Test
    void flagsTheWholeStandardWhenItsSheetWasNotRead() throws Exception {
        // the Campania sample with most labels of its standard's sheet gone (set where the reader does not
        // look): its values are there, their labels are not found
        List<PdfDamage.Found> labels = new ArrayList<>();
        for (String label : List.of("Livello EQF", "Settore Economico Professionale", "Area di Attività",
                "Descrizione qualificazione", "Referenziazione ATECO 2007", "Referenziazione ISTAT CP2011",
                "Codice ISCED-F 2013")) {
            List<String> words = List.of(label.split(" "));
            PdfDamage.lineWith(CAMPANIA, label).stream().filter(f -> words.contains(f.word().text())).forEach(labels::add);
        }
        Path damaged = tmp.resolve("labels-gone.pdf");
        PdfDamage.remove(CAMPANIA, damaged, labels);
        CanonicalStandard unread = only(damaged);

        Flag flag = flag(unread, FlagCode.LAYOUT_NOT_READ, "");
        assertThat(flag.severity()).isEqualTo(Severity.ERROR);
        assertThat(flag.page()).isEqualTo(1);
        assertThat((Integer) flag.actual()).isLessThan((Integer) flag.expected() / 2);
    }

    @Test
    void flagsAUnitWhoseKnowledgeLabelWasNotFound() throws Exception {
        Path damaged = tmp.resolve("no-knowledge-label.pdf");
        PdfDamage.remove(CAMPANIA, damaged, PdfDamage.lineWith(CAMPANIA, "Conoscenze").stream()
                .filter(f -> f.word().text().equals("Conoscenze")).toList());

        CanonicalStandard s = only(damaged);

        assertThat(s.units().get(0).knowledge()).isEmpty();
        assertThat(flag(s, FlagCode.LABEL_NOT_FOUND, "/units/0/knowledge").page())
                .isEqualTo(PdfDamage.lineWith(CAMPANIA, "Conoscenze").get(0).page());
        assertThat(flag(s, FlagCode.TEXT_NOT_READ, "/units/0")).isNotNull();
    }

    @Test
    void flagsAUnitListThatHoldsTheSameItemTwice() throws Exception {
        // a knowledge item printed again over another one: what a list another list ran into looks like
        Path damaged = tmp.resolve("item-twice.pdf");
        List<PdfDamage.Found> line = PdfDamage.lineWith(CAMPANIA, "Etica e deontologia della comunicazione");
        PdfDamage.replace(CAMPANIA, damaged, line.stream().filter(f -> !f.word().text().matches("[-\\d.•]+")).toList(),
                "Principi di customer care");

        CanonicalStandard s = only(damaged);

        // the text laid over the old glyphs reads with spaces of its own ("Prin ci pi di custo mer care")
        assertThat(s.units().get(0).knowledge()).filteredOn(k -> k.replace(" ", "").equals("Principidicustomercare")).hasSize(2);
        Flag f = flag(s, FlagCode.ITEM_REPEATED, "/units/0/knowledge");
        assertThat(f.actual().toString().replace(" ", "")).isEqualTo("Principidicustomercare");
        assertThat(f.page()).isEqualTo(line.get(0).page());
        assertThat(s.flags()).noneMatch(g -> g.code() == FlagCode.ITEM_REPEATED && g.field().endsWith("/skills"));
    }

    @Test
    void flagsAUnitWithoutTheHoursRowTheOtherUnitsPrint() throws Exception {
        // a Campania sheet whose units each print "Durata minima di aula (ore)": the first unit's row is gone
        Path sheet = Path.of("src/test/resources/matrix/campania/campania_grid_landscape_norep_dejavu-sans_impianti.pdf");
        Path damaged = tmp.resolve("unit-without-hours.pdf");
        PdfDamage.remove(sheet, damaged, PdfDamage.lineWith(sheet, "Durata minima di aula (ore) 60"));

        CanonicalStandard s = only(damaged);

        assertThat(s.units().get(0).minHours()).isNull();
        assertThat(s.units().get(1).minHours()).isNotNull();
        assertThat(flag(s, FlagCode.LABEL_NOT_FOUND, "/units/0/minHours")).isNotNull();
        assertThat(s.flags()).noneMatch(f -> f.field().equals("/units/1/minHours"));
        assertThat(only(sheet).flags()).noneMatch(f -> f.code().isSelfCheck());
    }

    @Test
    void firesNoSelfCheckOnTheSamplesAsPublished() throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            samples = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(7);
        for (Path pdf : samples) {
            for (CanonicalStandard s : PIPELINE.ingest(pdf)) {
                assertThat(s.flags()).as("%s: %s", pdf.getFileName(), s.title()).noneMatch(f -> f.code().isSelfCheck());
                assertThat(s.confidence().fieldsFound()).as("%s: fields", s.title()).isEqualTo(s.confidence().fieldsExpected());
                assertThat(s.confidence().unitCellsFound()).as("%s: unit cells", s.title())
                        .isEqualTo(s.confidence().unitCellsExpected()).isPositive();
                assertThat(s.confidence().ocr()).isFalse();
            }
        }
    }

    private static CanonicalStandard only(Path pdf) throws IngestException {
        List<CanonicalStandard> standards = PIPELINE.ingest(pdf);
        assertThat(standards).hasSize(1);
        return standards.get(0);
    }

    private static Flag flag(CanonicalStandard s, FlagCode code) {
        return s.flags().stream().filter(f -> f.code() == code).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not among " + s.flags()));
    }

    private static Flag flag(CanonicalStandard s, FlagCode code, String field) {
        return s.flags().stream().filter(f -> f.code() == code && f.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " " + field + " not among " + s.flags()));
    }
}
