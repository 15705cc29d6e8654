package it.determina.tables;

import static org.assertj.core.api.Assertions.assertThat;

import it.determina.layout.TextLine;
import it.determina.layout.Word;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnruledTablesTest {

    private static final double CHAR = 4.5;

    /** A line at height y: pairs of (x, text), each text's words set a normal space apart. */
    private static TextLine line(double y, Object... xAndText) {
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < xAndText.length; i += 2) {
            double x = ((Number) xAndText[i]).doubleValue();
            for (String w : ((String) xAndText[i + 1]).split(" ")) {
                words.add(new Word(w, x, x + w.length() * CHAR, y, y + 7, 9, false));
                x += w.length() * CHAR + 2.5;
            }
        }
        return new TextLine(1, words);
    }

    private static List<String> rowTexts(Table t, int row) {
        return t.rows().get(row).cells().stream().map(Cell::text).toList();
    }

    @Test
    void readsAFigureTableUnderItsCaptionWithoutTheCaption() {
        List<TextLine> lines = List.of(
                line(100, 50, "Table 3. Enrollment by year"),
                line(120, 50, "Year", 200, "Public", 300, "Private"),
                line(131, 50, "2010", 200, "49,484", 300, "5,391"),
                line(142, 50, "2011", 200, "49,636", 300, "5,320"),
                line(153, 50, "2012", 200, "49,828", 300, "5,263"));
        List<Table> tables = UnruledTables.find(lines, List.of());
        assertThat(tables).hasSize(1);
        assertThat(rowTexts(tables.get(0), 0)).containsExactly("Year", "Public", "Private");
        assertThat(rowTexts(tables.get(0), 3)).containsExactly("2012", "49,828", "5,263");
    }

    @Test
    void takesTwoColumnsOfRunningTextForAPageSetInColumnsNotATable() {
        List<TextLine> lines = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            lines.add(line(100 + i * 11, 50, "the committee reviewed the annual plan and", 300, "found that the figures agreed with the"));
        }
        assertThat(UnruledTables.find(lines, List.of())).isEmpty();
    }

    @Test
    void keepsASectionLabelAsARowOfTheBody() {
        List<TextLine> lines = List.of(
                line(120, 50, "Year", 200, "Total", 300, "Public"),
                line(131, 50, "Actual"),
                line(142, 50, "2010", 200, "54,876", 300, "49,484"),
                line(153, 50, "2011", 200, "54,956", 300, "49,636"));
        Table t = UnruledTables.find(lines, List.of()).get(0);
        assertThat(rowTexts(t, 0)).containsExactly("Year", "Total", "Public");
        assertThat(rowTexts(t, 1)).containsExactly("Actual");
    }

    @Test
    void joinsARowLabelWrappedOverTwoLines() {
        List<TextLine> lines = List.of(
                line(120, 50, "Category", 200, "Number", 300, "Percent"),
                line(131, 50, "Persons with a disability and"),
                line(142, 56, "living alone", 200, "12,838", 300, "45.6"),
                line(153, 50, "All others", 200, "9,436", 300, "5.5"));
        Table t = UnruledTables.find(lines, List.of()).get(0);
        assertThat(rowTexts(t, 1)).containsExactly("Persons with a disability and living alone", "12,838", "45.6");
    }

    @Test
    void separatesRowsOfSeveralLinesByTheRulingsBetweenThemWhenSpacingIsEven() {
        List<TextLine> lines = List.of(
                line(100, 50, "Variable", 200, "Assumption"),
                line(111, 50, "Population", 200, "Projections are consistent with"),
                line(122, 200, "the Census Bureau estimates"),
                line(133, 50, "Inflation rate", 200, "Ranges between 1.0% and 2.0%"),
                line(144, 50, "Unemployment", 200, "Remains between 5.3% and 7.9%"),
                line(155, 50, "rate (men)", 200, "over the projection period"));
        List<GridExtractor.Rule> rules = List.of(new GridExtractor.Rule(45, 400, 109), new GridExtractor.Rule(45, 400, 131),
                new GridExtractor.Rule(45, 400, 142));
        Table t = UnruledTables.find(lines, rules).get(0);
        assertThat(t.rows()).hasSize(4);
        assertThat(rowTexts(t, 1)).containsExactly("Population", "Projections are consistent with the Census Bureau estimates");
        assertThat(rowTexts(t, 3)).containsExactly("Unemployment rate (men)", "Remains between 5.3% and 7.9% over the projection period");
    }
}
