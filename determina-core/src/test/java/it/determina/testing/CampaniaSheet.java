package it.determina.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a Campania "standard formativo" (the key/value layout of {@code samples/campania-standard_*.pdf})
 * as the word processors of the held-out sheets print it: a narrow label column whose labels wrap onto
 * two to four lines, each cell's text set at the top or in the middle of its row ({@link Align}), the
 * label column left or right of the values ({@link Side}), and one of the ruling styles ({@link Rules}).
 * The standard's values are fixed here ({@link #TITLE}, the hours, the units) so that a test can check
 * every one of them. Sizes are in points; the page is A4, portrait.
 */
public final class CampaniaSheet {

    /** Where the text of a cell stands in its row. */
    public enum Align { TOP, MIDDLE }

    /** Which side of the values the labels are printed on. */
    public enum Side { LEFT, RIGHT }

    /** The sheet's rulings. */
    public enum Rules {
        /** No line at all: rows from the spacing. */
        NONE,
        /** A rule above every row and under the last, none between the columns. */
        ROWS,
        /** A box around each table and nothing inside it. */
        FRAME,
        /** Rules on both axes: every cell boxed. */
        GRID
    }

    /** One row of a key/value table: its label and its value's paragraphs (an item a paragraph). */
    private record Pair(String label, List<String> value) {
        Pair(String label, String... value) {
            this(label, List.of(value));
        }
    }

    public static final String TITLE = "Tecnico delle installazioni di energia solare";
    public static final String DESCRIPTION = "Il tecnico delle installazioni di energia solare dimensiona, installa e collauda"
            + " impianti fotovoltaici e solari termici in edifici civili e produttivi, nel rispetto delle norme tecniche"
            + " e di sicurezza, e ne cura la manutenzione programmata presso i clienti.";
    /** The units: title, competence unit, its code, expected result, skills, knowledge, classroom hours. */
    public static final List<Object[]> UNITS = List.of(
            new Object[] {"Dimensionamento degli impianti solari", "Dimensionare impianti solari", "6101",
                "Impianto dimensionato e schema elettrico redatto",
                List.of("Calcolare la producibilita annua di un campo fotovoltaico", "Scegliere moduli e inverter"),
                List.of("Irraggiamento e orientamento dei moduli", "Norme CEI sugli impianti di produzione",
                    "Schemi elettrici di impianto"), 150},
            new Object[] {"Installazione e collaudo degli impianti solari", "Installare e collaudare impianti solari", "6102",
                "Impianto installato, collaudato e dichiarato conforme",
                List.of("Montare le strutture di sostegno in copertura", "Cablare stringhe e quadri di campo",
                    "Eseguire le misure di isolamento e di continuita"),
                List.of("Sicurezza nei lavori in quota", "Strumenti di misura elettrici"), 170});

    private static final float TOP = 60;
    /** Lowest text of the sheet: above the band where a bare number is taken for a page number. */
    private static final float BOTTOM = 735;
    private static final float LEFT = 50;
    private static final float RIGHT = 545;
    private static final float PADDING = 4;
    private static final float GUTTER = 12;

    /** How a font is had for the document being written: a standard 14 font, or a TrueType file embedded in it. */
    @FunctionalInterface
    public interface FontSource {
        PDFont load(PDDocument doc) throws IOException;
    }

    private final PDDocument doc = new PDDocument();
    private final PDFont font;
    private final float size;
    private final float labelWidth;
    private final Align align;
    private final Side side;
    private final Rules rules;
    private PDPageContentStream cs;
    private float y;
    /** Top of the table being drawn on this page (for a frame), or NaN outside a table. */
    private float tableTop = Float.NaN;
    /** Row boundaries of the table being drawn on this page (for a grid). */
    private final List<float[]> rowBoxes = new ArrayList<>();

    private CampaniaSheet(FontSource font, float size, float labelWidth, Align align, Side side, Rules rules)
            throws IOException {
        this.font = font.load(doc);
        this.size = size;
        this.labelWidth = labelWidth;
        this.align = align;
        this.side = side;
        this.rules = rules;
    }

    /** A standard 14 font by name, for {@link #write}. */
    public static FontSource standard(Standard14Fonts.FontName name) {
        return doc -> new PDType1Font(name);
    }

    /** A TrueType font file, embedded in the document (subset), for {@link #write}. */
    public static FontSource trueType(Path file) {
        return doc -> PDType0Font.load(doc, file.toFile());
    }

    /**
     * Writes the standard to {@code file}: {@code font} at {@code size}, labels wrapped at {@code labelWidth}.
     *
     * @return {@code file}
     */
    public static Path write(Path file, FontSource font, float size, float labelWidth, Align align, Side side, Rules rules)
            throws IOException {
        CampaniaSheet sheet = new CampaniaSheet(font, size, labelWidth, align, side, rules);
        sheet.draw();
        sheet.numberPages();
        sheet.doc.save(file.toFile());
        sheet.doc.close();
        return file;
    }

    private void draw() throws IOException {
        newPage();
        line(LEFT + 60, "REPERTORIO DEI TITOLI E DELLE QUALIFICAZIONI DELLA REGIONE CAMPANIA");
        y += size * 1.8f;
        line(LEFT, "STANDARD FORMATIVO");
        y += size * 1.6f;
        table(List.of(
                new Pair("Denominazione Qualificazione", TITLE),
                new Pair("Denominazione Standard Formativo", TITLE),
                new Pair("Durata percorso Formativo", "1 anni"),
                new Pair("Livello EQF", "4"),
                new Pair("Settore Economico Professionale", "SEP 07 - Meccanica, produzione e manutenzione di macchine, impiantistica"),
                new Pair("Area di Attività", "ADA.07.02.09 - Installazione di impianti a fonti rinnovabili"),
                new Pair("Qualificazione regionale di riferimento", TITLE),
                new Pair("Descrizione qualificazione", DESCRIPTION),
                new Pair("Referenziazione ATECO 2007", "F.43.21.01 - Installazione di impianti elettrici in edifici"),
                new Pair("Referenziazione ISTAT CP2011", "6.2.4.1.1 - Elettricisti e installatori di impianti elettrici"),
                new Pair("Codice ISCED-F 2013", "0713 Electricity and energy"),
                new Pair("Durata minima complessiva del percorso (ore)", "600"),
                new Pair("Durata minima di aula (ore)", "240"),
                new Pair("Durata minima laboratorio (ore)", "110"),
                new Pair("Durata delle attività formative rivolte alle KC (ore)", "30"),
                new Pair("Percentuale durata massima e-learning sincrona in rapporto alla durata d'aula", "25"),
                new Pair("Percentuale durata massima e-learning asincrona in rapporto alla durata d'aula", "15"),
                new Pair("Durata minima tirocinio curriculare ore", "150"),
                new Pair("Durata minima tirocinio curriculare + Laboratorio (ore)", "260"),
                new Pair("Requisiti minimi di ingresso dei partecipanti", "Possesso di diploma di istruzione secondaria di"
                        + " secondo grado o di qualifica professionale triennale nel settore elettrico."),
                new Pair("Requisiti minimi di valutazione degli apprendimenti", "Verifiche periodiche al termine di ogni UF."
                        + " Condizione minima di ammissione all'esame finale è la frequenza di almeno l'80% delle ore complessive."),
                new Pair("Percentuale Assenza massima consentita", "20"),
                new Pair("Gestione dei crediti formativi", "E' ammesso il riconoscimento dei crediti formativi in conformità"
                        + " alle disposizioni regionali vigenti")));
        y += size * 1.5f;
        room(size * 6);
        line(LEFT, "ELENCO DELLE UNITA' FORMATIVE");
        y += size * 1.5f;
        line(LEFT, "1 - " + UNITS.get(0)[0] + " 2 - " + UNITS.get(1)[0]);
        y += size * 2.2f;
        line(LEFT, "CORSI ANNUALITÀ");
        y += size * 1.5f;
        text(LEFT, y, "Anno");
        text(LEFT + 90, y, "Ore");
        text(LEFT + 150, y, "Esame Intermedio");
        y += size * 1.3f;
        text(LEFT, y, "1° Anno");
        text(LEFT + 90, y, "600");
        text(LEFT + 150, y, "No");
        y += size * 2.5f;
        for (int i = 0; i < UNITS.size(); i++) {
            Object[] u = UNITS.get(i);
            room(size * 12);
            line(LEFT, "DETTAGLIO UNITA' FORMATIVA n." + (i + 1));
            y += size * 1.6f;
            @SuppressWarnings("unchecked")
            List<String> skills = numbered((List<String>) u[4]);
            @SuppressWarnings("unchecked")
            List<String> knowledge = numbered((List<String>) u[5]);
            table(List.of(
                    new Pair("Denominazione unità formativa", (String) u[0]),
                    new Pair("Livello EQF", "4"),
                    new Pair("Denominazione unità di competenza", u[1] + " (" + u[2] + ")"),
                    new Pair("Risultato atteso", (String) u[3]),
                    new Pair("Abilità", skills),
                    new Pair("Conoscenze", knowledge),
                    new Pair("Durata minima di aula (ore)", String.valueOf(u[6]))));
            y += size * 2;
        }
        cs.close();
    }

    private static List<String> numbered(List<String> items) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add((i + 1) + ". " + items.get(i));
        }
        return out;
    }

    private float leading() {
        return size * 1.25f;
    }

    private float valueWidth() {
        return RIGHT - LEFT - labelWidth - GUTTER - 2 * PADDING;
    }

    private float labelX() {
        return side == Side.LEFT ? LEFT + PADDING : RIGHT - labelWidth - PADDING;
    }

    private float valueX() {
        return side == Side.LEFT ? LEFT + labelWidth + GUTTER + PADDING : LEFT + PADDING;
    }

    /** The x of the edge between the two columns. */
    private float middleEdge() {
        return side == Side.LEFT ? LEFT + labelWidth + GUTTER / 2 + PADDING : RIGHT - labelWidth - GUTTER / 2 - PADDING;
    }

    private void table(List<Pair> pairs) throws IOException {
        openTable();
        List<List<String>> labels = new ArrayList<>();
        List<List<String>> values = new ArrayList<>();
        List<Float> heights = new ArrayList<>();
        for (Pair p : pairs) {
            List<String> label = wrap(p.label(), labelWidth);
            List<String> value = new ArrayList<>();
            for (String paragraph : p.value()) {
                value.addAll(wrap(paragraph, valueWidth()));
            }
            labels.add(label);
            values.add(value);
            heights.add(Math.max(label.size(), value.size()) * leading() + 2 * PADDING);
        }
        for (int r = 0; r < pairs.size(); r++) {
            List<String> label = labels.get(r);
            List<String> value = values.get(r);
            float height = heights.get(r);
            // the last row never goes alone onto the next page: the one before goes with it
            boolean lastAlone = r == pairs.size() - 2 && y + height <= BOTTOM && y + height + heights.get(r + 1) > BOTTOM;
            if (y + height > BOTTOM || lastAlone) {
                closeTable();
                cs.close();
                newPage();
                openTable();
            }
            if (rules == Rules.ROWS || rules == Rules.GRID) {
                rule(y);
            }
            cell(labelX(), label, height);
            cell(valueX(), value, height);
            rowBoxes.add(new float[] {y, y + height});
            y += height;
        }
        closeTable();
    }

    private void openTable() {
        tableTop = y;
        rowBoxes.clear();
    }

    private void closeTable() throws IOException {
        if (Float.isNaN(tableTop) || rowBoxes.isEmpty()) {
            return;
        }
        if (rules == Rules.ROWS || rules == Rules.GRID || rules == Rules.FRAME) {
            rule(y);
        }
        if (rules == Rules.FRAME) {
            rule(tableTop);
            column(LEFT, tableTop, y);
            column(RIGHT, tableTop, y);
        }
        if (rules == Rules.GRID) {
            column(LEFT, tableTop, y);
            column(middleEdge(), tableTop, y);
            column(RIGHT, tableTop, y);
        }
        tableTop = Float.NaN;
    }

    /** The lines of one cell, at the top or in the middle of the row {@code height} high starting at {@link #y}. */
    private void cell(float x, List<String> lines, float height) throws IOException {
        float block = lines.size() * leading();
        float first = align == Align.TOP ? y + PADDING : y + (height - block) / 2;
        for (int i = 0; i < lines.size(); i++) {
            text(x, first + i * leading(), lines.get(i));
        }
    }

    /** {@code s} broken at spaces into lines no wider than {@code width}. */
    private List<String> wrap(String s, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : s.split(" ")) {
            String tried = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && width(tried) > width) {
                out.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(tried);
            }
        }
        out.add(current.toString());
        return out;
    }

    private float width(String s) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /** Starts a page unless {@code needed} points are left on this one. */
    private void room(float needed) throws IOException {
        if (y + needed > BOTTOM) {
            cs.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = TOP;
    }

    /** "Pag. 2 di 3" at the foot of every page, as the held-out sheets print it. */
    private void numberPages() throws IOException {
        int count = doc.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            cs = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true);
            text(RIGHT - 60, 815, "Pag. " + (i + 1) + " di " + count);
            cs.close();
        }
    }

    private void line(float x, String s) throws IOException {
        text(x, y, s);
    }

    /** {@code s} with its top at {@code top} (the baseline a font size lower). */
    private void text(float x, float top, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, PDRectangle.A4.getHeight() - top - size);
        cs.showText(s);
        cs.endText();
    }

    private void rule(float top) throws IOException {
        cs.setLineWidth(0.5f);
        cs.moveTo(LEFT, PDRectangle.A4.getHeight() - top);
        cs.lineTo(RIGHT, PDRectangle.A4.getHeight() - top);
        cs.stroke();
    }

    private void column(float x, float top, float bottom) throws IOException {
        cs.setLineWidth(0.5f);
        cs.moveTo(x, PDRectangle.A4.getHeight() - top);
        cs.lineTo(x, PDRectangle.A4.getHeight() - bottom);
        cs.stroke();
    }
}
