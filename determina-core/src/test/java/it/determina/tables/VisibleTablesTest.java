package it.determina.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.determina.layout.PdfSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables drawn in ways that fool a naive reader, each built here with PDFBox: only what is visible is a
 * line or text, broken lines are whole, strike-through is no border, and cell text reads as printed.
 * Page content is written as raw operators so that each drawing trick is exactly what is tested.
 */
class VisibleTablesTest {

    private static final Path SANS = Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf");

    @TempDir
    Path dir;

    /** A grid of {@code rows} x {@code cols.length - 1} cells, the columns at {@code cols}, rows {@code height} apart from {@code top}. */
    private record Grid(double top, double height, int rows, double... cols) {
        double y(int row) {
            return top - row * height;
        }

        double left() {
            return cols[0];
        }

        double right() {
            return cols[cols.length - 1];
        }
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** Solid borders: every line stroked once. */
    private static String solid(Grid g) {
        StringBuilder s = new StringBuilder("q 0 G 0.6 w\n");
        for (int r = 0; r <= g.rows(); r++) {
            s.append(f(g.left())).append(' ').append(f(g.y(r))).append(" m ").append(f(g.right())).append(' ').append(f(g.y(r))).append(" l S\n");
        }
        for (double x : g.cols()) {
            s.append(f(x)).append(' ').append(f(g.y(0))).append(" m ").append(f(x)).append(' ').append(f(g.y(g.rows()))).append(" l S\n");
        }
        return s.append("Q\n").toString();
    }

    /** Borders drawn piece by piece: {@code dash}-long strokes every {@code pitch} points, or filled squares when {@code squares}. */
    private static String broken(Grid g, double dash, double pitch, boolean squares) {
        StringBuilder s = new StringBuilder("q 0 G 0 g 0.5 w\n");
        for (int r = 0; r <= g.rows(); r++) {
            for (double x = g.left(); x < g.right(); x += pitch) {
                s.append(piece(x, g.y(r), Math.min(dash, g.right() - x), true, squares));
            }
        }
        for (double x : g.cols()) {
            for (double y = g.y(g.rows()); y < g.y(0); y += pitch) {
                s.append(piece(x, y, Math.min(dash, g.y(0) - y), false, squares));
            }
        }
        return s.append("Q\n").toString();
    }

    private static String piece(double x, double y, double length, boolean across, boolean square) {
        if (square) {
            return f(x) + " " + f(y) + " " + f(length) + " " + f(length) + " re f\n";
        }
        return across ? f(x) + " " + f(y) + " m " + f(x + length) + " " + f(y) + " l S\n"
                : f(x) + " " + f(y) + " m " + f(x) + " " + f(y + length) + " l S\n";
    }

    /** Text in font resource {@code font} at {@code size}, its baseline at (x, y); {@code shown} is a PDF string or hex string. */
    private static String text(String font, double size, double x, double y, String shown) {
        return "BT /" + font + " " + f(size) + " Tf " + f(x) + " " + f(y) + " Td " + shown + " Tj ET\n";
    }

    private static String literal(String s) {
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")";
    }

    /** One A4 page with the given content, Helvetica as F1. */
    private List<Table> tables(String content) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            return tablesWithFonts(content, doc);
        }
    }

    /** The table's text, row by row, cells in column order as the tables output gives them. */
    private static List<List<String>> cells(Table t) {
        List<List<String>> out = new ArrayList<>();
        for (Row r : t.rows()) {
            out.add(r.cells().stream().sorted(Comparator.comparingInt(Cell::col)).map(Cell::readingText).toList());
        }
        return out;
    }

    private static String fill(Grid g, String font, double size, String[][] words) {
        StringBuilder s = new StringBuilder();
        for (int r = 0; r < words.length; r++) {
            for (int c = 0; c < words[r].length; c++) {
                s.append(text(font, size, g.cols()[c] + 4, g.y(r) - g.height() * 0.65, literal(words[r][c])));
            }
        }
        return s.toString();
    }

    private static final String[][] FOUR_BY_THREE = {
        {"Modulo", "Argomento", "Crediti"}, {"M1", "Contabilita", "3"}, {"M2", "Diritto del lavoro", "5"}, {"M3", "Informatica", "2"}};

    @Test
    void readsAGridOfDashesDrawnOneByOneAsSolidLines() throws Exception {
        Grid g = new Grid(700, 24, 4, 70, 170, 380, 480);
        List<Table> found = tables(broken(g, 2.5, 4, false) + fill(g, "F1", 10, FOUR_BY_THREE));
        assertThat(found).hasSize(1);
        assertThat(cells(found.get(0))).containsExactly(List.of(FOUR_BY_THREE[0]), List.of(FOUR_BY_THREE[1]),
                List.of(FOUR_BY_THREE[2]), List.of(FOUR_BY_THREE[3]));
    }

    @Test
    void readsAGridOfTinyFilledSquaresAsSolidLines() throws Exception {
        Grid g = new Grid(600, 18, 4, 90, 160, 330, 420);
        List<Table> found = tables(broken(g, 0.5, 1.7, true) + fill(g, "F1", 8, FOUR_BY_THREE));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).ruled()).isTrue();
        assertThat(cells(found.get(0))).hasSize(4).allSatisfy(r -> assertThat(r).hasSize(3));
        assertThat(cells(found.get(0)).get(2)).containsExactly("M2", "Diritto del lavoro", "5");
    }

    @Test
    void aWhiteLineInsideACellDoesNotSplitIt() throws Exception {
        Grid g = new Grid(760, 30, 3, 60, 140, 420);
        String content = solid(g) + text("F1", 9, 64, 741, "(Voce)") + text("F1", 9, 144, 741, "(Testo)")
                + text("F1", 9, 64, 711, "(A)") + text("F1", 9, 144, 716, "(Primo rigo del testo)")
                + text("F1", 9, 144, 705, "(e secondo rigo)") + text("F1", 9, 64, 681, "(B)") + text("F1", 9, 144, 681, "(Altro)")
                + "q 1 G 0.6 w 140 712 m 420 712 l S Q\n"
                + "q 1 g 140 711.7 280 0.5 re f Q\n";
        List<Table> found = tables(content);
        assertThat(found).hasSize(1);
        assertThat(cells(found.get(0))).containsExactly(List.of("Voce", "Testo"), List.of("A", "Primo rigo del testo e secondo rigo"),
                List.of("B", "Altro"));
    }

    @Test
    void aLineInTheColourOfTheBandBelowItIsNoBorder() throws Exception {
        Grid g = new Grid(500, 30, 2, 100, 200, 400);
        String content = "q 0.8 0.9 1 rg 100 440 300 30 re f Q\n" + solid(g)
                + text("F1", 10, 104, 481, "(Sigla)") + text("F1", 10, 204, 481, "(Nome)")
                + text("F1", 10, 104, 452, "(Z9)") + text("F1", 10, 204, 458, "(nome lungo)") + text("F1", 10, 204, 446, "(su due righe)")
                + "q 0.8 0.9 1 RG 1 w 200 455 m 400 455 l S Q\n";
        List<Table> found = tables(content);
        assertThat(found).hasSize(1);
        assertThat(cells(found.get(0))).containsExactly(List.of("Sigla", "Nome"), List.of("Z9", "nome lungo su due righe"));
    }

    @Test
    void shadingBandsWithoutBordersAreNoLines() throws Exception {
        StringBuilder s = new StringBuilder();
        String[][] rows = {{"R1", "Ascolto", "7"}, {"R2", "Dialogo", "9"}, {"R3", "Sintesi finale", "11"}, {"R4", "Verifica", "13"},
            {"R5", "Chiusura", "15"}};
        for (int r = 0; r < rows.length; r++) {
            double base = 650 - r * 16;
            if (r % 2 == 0) {
                s.append("q 0.85 g 80 ").append(f(base - 5)).append(" 400 16 re f Q\n");
            }
            s.append(text("F1", 10, 84, base, literal(rows[r][0]))).append(text("F1", 10, 184, base, literal(rows[r][1])))
                    .append(text("F1", 10, 404, base, literal(rows[r][2])));
        }
        List<Table> found = tables(s.toString());
        assertThat(found).hasSize(1);
        assertThat(found.get(0).ruled()).isFalse();
        assertThat(cells(found.get(0))).containsExactly(List.of(rows[0]), List.of(rows[1]), List.of(rows[2]), List.of(rows[3]),
                List.of(rows[4]));
    }

    @Test
    void aStrikeThroughAcrossARowIsNoRowBorder() throws Exception {
        Grid g = new Grid(720, 22, 3, 50, 200, 300, 400);
        String[][] words = {{"Voce", "Anno 1", "Anno 2"}, {"Spesa tolta", "-2.500,00", "(40)"}, {"Spesa valida", "1.000,00", "12"}};
        String content = solid(g) + fill(g, "F1", 11, words)
                + "q 0 G 0.7 w 50 " + f(g.y(1) - g.height() * 0.65 + 3) + " m 400 " + f(g.y(1) - g.height() * 0.65 + 3) + " l S Q\n"
                + "q 0 G 0.7 w 203 " + f(g.y(2) - g.height() * 0.65 + 3.5) + " m 250 " + f(g.y(2) - g.height() * 0.65 + 3.5) + " l S Q\n";
        List<Table> found = tables(content);
        assertThat(found).hasSize(1);
        assertThat(cells(found.get(0))).containsExactly(List.of(words[0]), List.of(words[1]), List.of(words[2]));
    }

    @Test
    void clippedTextIsCutAtTheClipAndTextOutsideItsClipIsDropped() throws Exception {
        Grid g = new Grid(650, 26, 3, 80, 180, 300, 500);
        String content = solid(g) + text("F1", 10, 84, 633, "(Sigla)") + text("F1", 10, 184, 633, "(Titolo)") + text("F1", 10, 304, 633, "(Esito)")
                + text("F1", 10, 84, 607, "(T1)")
                + "q 180 598 120 26 re W n\n" + text("F1", 10, 184, 607, "(Corso lungo ma tagliato dal bordo della cella)") + "Q\n"
                + text("F1", 10, 304, 607, "(buono)")
                + text("F1", 10, 84, 581, "(T2)") + text("F1", 10, 184, 581, "(Breve)")
                + "q 300 572 200 26 re W n\n" + text("F1", 10, 520, 581, "(NON VISIBILE)") + "Q\n"
                + text("F1", 10, 304, 581, "(pari)");
        List<Table> found = tables(content);
        assertThat(found).hasSize(1);
        List<List<String>> cells = cells(found.get(0));
        assertThat(cells).hasSize(3);
        assertThat(cells.get(1).get(1)).startsWith("Corso lungo ma").doesNotContain("cella");
        assertThat(cells.get(1).get(2)).isEqualTo("buono");
        assertThat(cells.get(2)).containsExactly("T2", "Breve", "pari");
    }

    /**
     * The soft hyphen in a Helvetica whose ToUnicode maps code AD to U+00AD (a TrueType font's own map
     * would give the hyphen glyph's first character, "-"); the real hyphen in Liberation Sans.
     */
    @Test
    void joinsASoftHyphenBreakAndKeepsARealHyphen() throws Exception {
        assumeTrue(Files.isReadable(SANS), "Liberation Sans is not installed");
        try (PDDocument doc = new PDDocument()) {
            PDType0Font sans = PDType0Font.load(doc, SANS.toFile());
            PDType1Font soft = mappedFont(doc, "Helvetica", null, "<AD> <00AD>");
            Grid g = new Grid(640, 34, 3, 60, 260, 460);
            StringBuilder s = new StringBuilder(solid(g));
            s.append(shown(sans, "G1", 64, 618, "Parola")).append(shown(sans, "G1", 264, 618, "Nota"));
            s.append(text("G2", 10, 64, 590, "(Progetta\255)")).append(text("G2", 10, 64, 579, "(zione)"));
            s.append(shown(sans, "G1", 264, 590, "unica"));
            s.append(shown(sans, "G1", 64, 556, "medico-")).append(shown(sans, "G1", 64, 545, "legale"));
            s.append(shown(sans, "G1", 264, 556, "composta"));
            List<Table> found = tablesWithFonts(s.toString(), doc, sans, soft);
            assertThat(found).hasSize(1);
            assertThat(cells(found.get(0))).containsExactly(List.of("Parola", "Nota"), List.of("Progettazione", "unica"),
                    List.of("medico-legale", "composta"));
        }
    }

    /** A Standard 14 font with the given /Differences (or none) and a ToUnicode map of ASCII plus {@code bfchar}s. */
    private static PDType1Font mappedFont(PDDocument doc, String baseFont, COSArray differences, String... bfchar) throws IOException {
        COSDictionary dict = new COSDictionary();
        dict.setItem(COSName.TYPE, COSName.FONT);
        dict.setItem(COSName.SUBTYPE, COSName.TYPE1);
        dict.setName(COSName.BASE_FONT, baseFont);
        COSDictionary encoding = new COSDictionary();
        encoding.setItem(COSName.BASE_ENCODING, COSName.WIN_ANSI_ENCODING);
        if (differences != null) {
            encoding.setItem(COSName.DIFFERENCES, differences);
        }
        dict.setItem(COSName.ENCODING, encoding);
        PDStream cmap = new PDStream(doc);
        try (var out = cmap.createOutputStream()) {
            out.write(("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T def /CMapType 2 def\n"
                    + "1 begincodespacerange <00> <FF> endcodespacerange\n1 beginbfrange <20> <7E> <0020> endbfrange\n"
                    + bfchar.length + " beginbfchar " + String.join(" ", bfchar) + " endbfchar\n"
                    + "endcmap CMapName currentdict /CMap defineresource pop end end\n").getBytes(StandardCharsets.US_ASCII));
        }
        dict.setItem(COSName.TO_UNICODE, cmap);
        return new PDType1Font(dict);
    }

    /** Text in a Type0 font, shown as a hex string of its glyph codes. */
    private static String shown(PDType0Font font, String name, double x, double y, String s) throws IOException {
        StringBuilder hex = new StringBuilder("<");
        for (byte b : font.encode(s)) {
            hex.append(String.format("%02X", b & 0xFF));
        }
        return text(name, 10, x, y, hex.append('>').toString());
    }

    /** One A4 page of {@code doc} with the given content, Helvetica as F1 and {@code fonts} as G1, G2, ... */
    private List<Table> tablesWithFonts(String content, PDDocument doc, PDFont... fonts) throws Exception {
        Path file = dir.resolve("f" + System.nanoTime() + ".pdf");
        PDPage page = new PDPage(PDRectangle.A4);
        PDResources res = new PDResources();
        res.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        for (int i = 0; i < fonts.length; i++) {
            res.put(COSName.getPDFName("G" + (i + 1)), fonts[i]);
        }
        page.setResources(res);
        PDStream stream = new PDStream(doc);
        try (var out = stream.createOutputStream()) {
            out.write(content.getBytes(StandardCharsets.ISO_8859_1));
        }
        page.setContents(stream);
        doc.addPage(page);
        doc.save(file.toFile());
        try (PdfSource pdf = PdfSource.open(file)) {
            return DocumentTables.of(pdf).tables();
        }
    }

    /**
     * Helvetica with codes 1 and 2 named "fl" and "ffi" but mapped to U+0000 by its ToUnicode: the
     * letters come from the /ActualText span around a glyph, else from the glyph name.
     */
    @Test
    void readsLigaturesMappedToNullFromActualTextOrGlyphNames() throws Exception {
        COSArray differences = new COSArray();
        differences.add(COSInteger.get(1));
        differences.add(COSName.getPDFName("fl"));
        differences.add(COSName.getPDFName("ffi"));
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = mappedFont(doc, "Times-Roman", differences, "<01> <0000>", "<02> <0000>");
            Grid g = new Grid(500, 25, 3, 100, 180, 400);
            String content = solid(g) + text("F1", 9, 104, 484, "(Chiave)") + text("F1", 9, 184, 484, "(Valore)")
                    + text("F1", 9, 104, 459, "(X)") + "BT /G1 11 Tf 184 459 Td (In) Tj /Span << /ActualText (fl) >> BDC <01> Tj EMC"
                    + " (usso costante) Tj ET\n"
                    + text("F1", 9, 104, 434, "(Y)") + "BT /G1 11 Tf 184 434 Td (u) Tj <02> Tj (cio tecnico) Tj ET\n";
            List<Table> found = tablesWithFonts(content, doc, font);
            assertThat(found).hasSize(1);
            assertThat(cells(found.get(0))).containsExactly(List.of("Chiave", "Valore"), List.of("X", "Influsso costante"),
                    List.of("Y", "ufficio tecnico"));
        }
    }

    /** A Type3 font whose glyphs are filled rectangles, named {@code names} from code {@code first}; no ToUnicode. */
    private static PDType3Font boxFont(PDDocument doc, int first, String... names) throws IOException {
        COSDictionary procs = new COSDictionary();
        COSArray differences = new COSArray();
        differences.add(COSInteger.get(first));
        COSArray widths = new COSArray();
        for (int i = 0; i < names.length; i++) {
            PDStream proc = new PDStream(doc);
            try (var out = proc.createOutputStream()) {
                out.write(("700 0 0 0 600 800 d1 80 0 440 " + (300 + 150 * i) + " re f 80 600 440 200 re f\n")
                        .getBytes(StandardCharsets.US_ASCII));
            }
            procs.setItem(COSName.getPDFName(names[i]), proc.getCOSObject());
            differences.add(COSName.getPDFName(names[i]));
            widths.add(COSInteger.get(700));
        }
        COSDictionary encoding = new COSDictionary();
        encoding.setItem(COSName.DIFFERENCES, differences);
        COSDictionary dict = new COSDictionary();
        dict.setItem(COSName.TYPE, COSName.FONT);
        dict.setItem(COSName.SUBTYPE, COSName.TYPE3);
        dict.setItem(COSName.FONT_BBOX, new PDRectangle(0, 0, 700, 800).getCOSArray());
        COSArray matrix = new COSArray();
        for (float v : new float[] {0.001f, 0, 0, 0.001f, 0, 0}) {
            matrix.add(new org.apache.pdfbox.cos.COSFloat(v));
        }
        dict.setItem(COSName.FONT_MATRIX, matrix);
        dict.setItem(COSName.CHAR_PROCS, procs);
        dict.setItem(COSName.ENCODING, encoding);
        dict.setInt(COSName.FIRST_CHAR, first);
        dict.setInt(COSName.LAST_CHAR, first + names.length - 1);
        dict.setItem(COSName.WIDTHS, widths);
        dict.setItem(COSName.RESOURCES, new COSDictionary());
        return new PDType3Font(dict);
    }

    @Test
    void type3GlyphsDrawnWithRectanglesAreLettersNotLines() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDType3Font named = boxFont(doc, 'P', "P", "Q", "R");
            PDType3Font unnamed = boxFont(doc, 4, "x4", "x5");
            Grid g = new Grid(560, 40, 3, 120, 260, 470);
            String content = solid(g) + text("F1", 9, 124, 545, "(Campo)") + text("F1", 9, 264, 545, "(Glifi)")
                    + text("F1", 9, 124, 505, "(Nomi)") + text("G1", 18, 264, 500, "(PQRRQP)")
                    + text("F1", 9, 124, 465, "(Codici)") + text("G2", 18, 264, 460, "<0405050404>");
            List<Table> found = tablesWithFonts(content, doc, named, unnamed);
            assertThat(found).hasSize(1);
            List<List<String>> cells = cells(found.get(0));
            assertThat(cells).hasSize(3).allSatisfy(r -> assertThat(r).hasSize(2));
            assertThat(cells.get(1)).containsExactly("Nomi", "PQRRQP");
            assertThat(cells.get(2).get(0)).isEqualTo("Codici");
            assertThat(cells.get(2).get(1)).doesNotContainPattern("\\p{Cc}");
        }
    }
}
