package it.determina.tables;

import static org.assertj.core.api.Assertions.assertThat;

import it.determina.layout.TextLine;
import it.determina.layout.Word;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableStitcherTest {

    private static final List<Double> EDGES = List.of(50.0, 80.0, 300.0, 500.0);

    private static Cell cell(int page, int row, int col, String... lines) {
        List<TextLine> tl = new ArrayList<>();
        double y = 100 + row * 40;
        for (String l : lines) {
            tl.add(new TextLine(page, List.of(new Word(l, EDGES.get(col) + 2, EDGES.get(col) + 50, y, y + 10, 10, false))));
            y += 12;
        }
        return new Cell(row, col, 1, 1, page, EDGES.get(col), 100 + row * 40, EDGES.get(col + 1), 140 + row * 40, tl);
    }

    private static Row row(int page, int r, String a, String b, String c) {
        return new Row(List.of(cell(page, r, 0, a.isEmpty() ? new String[0] : new String[] {a}),
                cell(page, r, 1, b.isEmpty() ? new String[0] : new String[] {b}),
                cell(page, r, 2, c.isEmpty() ? new String[0] : new String[] {c})));
    }

    private static Block.Grid table(int page, Row... rows) {
        return new Block.Grid(new Table(page, EDGES, List.of(rows), Table.Structure.LATTICE));
    }

    @Test
    void dropsTheRepeatedHeaderAndJoinsTheRowCutByThePageBreak() {
        Block first = table(1, row(1, 0, "N.", "Unità", "Crediti"), row(1, 1, "1.", "Gestire le informa-", "Ammesso"));
        Block second = table(2, row(2, 0, "N.", "Unità", "Crediti"), row(2, 1, "", "zioni acquisite", "con valore a priori"),
                row(2, 2, "2.", "Sicurezza", "Non ammesso"));
        List<Block> stitched = TableStitcher.stitch(List.of(List.of(first), List.of(second)));
        assertThat(stitched).hasSize(1);
        Table t = ((Block.Grid) stitched.get(0)).table();
        assertThat(t.rows()).hasSize(3);
        assertThat(t.rows().get(1).at(1).lineTexts()).containsExactly("Gestire le informa-", "zioni acquisite");
        assertThat(t.rows().get(1).at(2).lineTexts()).containsExactly("Ammesso", "con valore a priori");
        assertThat(t.rows().get(2).at(0).text()).isEqualTo("2.");
        assertThat(t.lastPage()).isEqualTo(2);
    }

    @Test
    void aFirstRowDifferingOnlyByItsNumberIsANewSheetNotTheHeaderRepeated() {
        Block first = table(1, row(1, 0, "Scheda n. 1", "Modulo", "Ore"), row(1, 1, "", "Accoglienza", "8"));
        Block second = table(2, row(2, 0, "Scheda n. 2", "Modulo", "Ore"), row(2, 1, "", "Magazzino", "40"));

        List<Block> out = TableStitcher.stitch(List.of(List.of(first), List.of(second)));

        Table t = ((Block.Grid) out.get(0)).table();
        assertThat(t.rows()).hasSize(4);
        assertThat(t.rows().get(2).cells().get(0).text()).isEqualTo("Scheda n. 2");
    }

    @Test
    void dropsTheCaptionRepeatedAboveTheRestOfATable() {
        Block caption = new Block.Line(new TextLine(1, List.of(new Word("Tabella 3 - Moduli", 50, 140, 88, 96, 9, false))));
        Block first = table(1, row(1, 0, "N.", "Unità", "Crediti"), row(1, 1, "1.", "Inquadramento", "Ammesso"));
        Block again = new Block.Line(new TextLine(2, List.of(new Word("Tabella 3 - Moduli", 50, 140, 60, 68, 9, false))));
        Block second = table(2, row(2, 0, "N.", "Unità", "Crediti"), row(2, 1, "2.", "Sicurezza", "Non ammesso"));

        List<Block> out = TableStitcher.stitch(List.of(List.of(caption, first), List.of(again, second)));

        assertThat(out).hasSize(2);
        assertThat(((Block.Grid) out.get(1)).table().rows()).hasSize(3);
    }

    @Test
    void joinsAcrossFootnotesAtTheBottomOfThePage() {
        Block first = table(1, row(1, 0, "N.", "Unità", "Crediti"), row(1, 1, "1.", "Inquadramento", "Ammesso"));
        Block footnote = new Block.Line(new TextLine(1, List.of(new Word("1 La colonna", 50, 120, 700, 708, 8, false))));
        Block second = table(2, row(2, 0, "N.", "Unità", "Crediti"), row(2, 1, "2.", "Sicurezza", "Ammesso"));
        List<Block> stitched = TableStitcher.stitch(List.of(List.of(first, footnote), List.of(second)));
        assertThat(stitched).filteredOn(b -> b instanceof Block.Grid).hasSize(1);
        assertThat(((Block.Grid) stitched.get(0)).table().rows()).hasSize(3);
    }

    @Test
    void keepsApartTablesWithOtherColumns() {
        Block first = table(1, row(1, 0, "N.", "Unità", "Crediti"));
        Table other = new Table(2, List.of(50.0, 200.0, 500.0), List.of(new Row(List.of(
                new Cell(0, 0, 1, 1, 2, 50, 100, 200, 140, List.of()), new Cell(0, 1, 1, 1, 2, 200, 100, 500, 140, List.of())))), Table.Structure.LATTICE);
        List<Block> stitched = TableStitcher.stitch(List.of(List.of(first), List.of(new Block.Grid(other))));
        assertThat(stitched).hasSize(2);
    }

    @Test
    void keepsApartTablesOnPagesThatAreNotConsecutive() {
        Block first = table(1, row(1, 0, "N.", "Unità", "Crediti"));
        Block third = table(3, row(3, 0, "N.", "Unità", "Crediti"));
        assertThat(TableStitcher.stitch(List.of(List.of(first), List.of(third)))).hasSize(2);
    }
}
