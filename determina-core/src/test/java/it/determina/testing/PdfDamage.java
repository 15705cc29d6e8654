package it.determina.testing;

import it.determina.layout.PdfSource;
import it.determina.layout.TextLine;
import it.determina.layout.Word;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Damages a real PDF for the self-check tests, the way a document the pipeline misreads looks: the text
 * of chosen words is removed from the page's content stream (as if never printed: a blanked title, a
 * table header gone, a unit's hours cell left empty), rulings and everything else kept; or a word is
 * printed over with other text (a heading where the name goes). Words are chosen as determina's layout
 * reads them ({@link PdfSource}), so boxes are in PDF points from the top-left corner of the page.
 */
public final class PdfDamage {

    /** Text-showing operators: removing one removes what it prints, and moves nothing else. */
    private static final Set<String> SHOW_TEXT = Set.of("Tj", "TJ", "'", "\"");
    /** Slack (points) around a word's box within which a glyph belongs to it. */
    private static final double SLACK = 1.0;

    /** A word of {@code page} as determina reads it. */
    public record Found(int page, Word word) {
    }

    private PdfDamage() {
    }

    /** The words of {@code pdf} that {@code which} selects, with their pages. */
    public static List<Found> words(Path pdf, Predicate<Found> which) throws IOException {
        List<Found> out = new ArrayList<>();
        try (PdfSource source = PdfSource.open(pdf)) {
            for (int p = 1; p <= source.pageCount(); p++) {
                for (TextLine line : source.page(p).lines()) {
                    for (Word w : line.words()) {
                        Found f = new Found(p, w);
                        if (which.test(f)) {
                            out.add(f);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The words of the first line of {@code pdf} whose text contains {@code text}. */
    public static List<Found> lineWith(Path pdf, String text) throws IOException {
        try (PdfSource source = PdfSource.open(pdf)) {
            for (int p = 1; p <= source.pageCount(); p++) {
                for (TextLine line : source.page(p).lines()) {
                    if (line.text().contains(text)) {
                        int page = p;
                        return line.words().stream().map(w -> new Found(page, w)).toList();
                    }
                }
            }
        }
        throw new IllegalArgumentException("no line with \"" + text + "\" in " + pdf);
    }

    /** Writes {@code source} to {@code target} without the text of {@code words}. */
    public static void remove(Path source, Path target, List<Found> words) throws IOException {
        try (PDDocument doc = Loader.loadPDF(source.toFile())) {
            rewrite(doc, words);
            doc.save(target.toFile());
        }
    }

    /**
     * Writes {@code source} to {@code target} with the text of {@code words} removed and {@code text} printed
     * where the first of them was, in Helvetica of its size.
     */
    public static void replace(Path source, Path target, List<Found> words, String text) throws IOException {
        try (PDDocument doc = Loader.loadPDF(source.toFile())) {
            rewrite(doc, words);
            Found first = words.get(0);
            PDPage page = doc.getPage(first.page() - 1);
            float height = page.getMediaBox().getUpperRightY();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), (float) first.word().fontSize());
                cs.newLineAtOffset((float) first.word().x0(), height - (float) first.word().bottom() + 2);
                cs.showText(text);
                cs.endText();
            }
            doc.save(target.toFile());
        }
    }

    private static void rewrite(PDDocument doc, List<Found> words) throws IOException {
        Map<Integer, List<Word>> byPage = new HashMap<>();
        words.forEach(f -> byPage.computeIfAbsent(f.page(), k -> new ArrayList<>()).add(f.word()));
        for (Map.Entry<Integer, List<Word>> e : byPage.entrySet()) {
            PDPage page = doc.getPage(e.getKey() - 1);
            Set<Integer> drop = operatorsInside(doc, e.getKey(), e.getValue());
            List<Object> kept = new ArrayList<>();
            List<Object> operands = new ArrayList<>();
            int index = -1;
            for (Object t : new PDFStreamParser(page).parse()) {
                if (t instanceof Operator op) {
                    index++;
                    if (!(drop.contains(index) && SHOW_TEXT.contains(op.getName()))) {
                        kept.addAll(operands);
                        kept.add(op);
                    }
                    operands.clear();
                } else {
                    operands.add(t);
                }
            }
            PDStream stream = new PDStream(doc);
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                new ContentStreamWriter(out).writeTokens(kept);
            }
            page.setContents(stream);
        }
    }

    /** Indexes (in the page's own content stream) of the operators whose every glyph lies in one of {@code words}. */
    private static Set<Integer> operatorsInside(PDDocument doc, int page, List<Word> words) throws IOException {
        Glyphs glyphs = new Glyphs();
        glyphs.setStartPage(page);
        glyphs.setEndPage(page);
        glyphs.setSortByPosition(false);
        glyphs.getText(doc);
        Set<Integer> inside = new HashSet<>();
        glyphs.byOperator.forEach((op, positions) -> {
            if (positions.stream().allMatch(t -> words.stream().anyMatch(w -> contains(w, t)))) {
                inside.add(op);
            }
        });
        return inside;
    }

    private static boolean contains(Word w, TextPosition t) {
        double x = t.getXDirAdj() + t.getWidthDirAdj() / 2;
        double y = t.getYDirAdj() - t.getHeightDir() / 2;
        return x >= w.x0() - SLACK && x <= w.x1() + SLACK && y >= w.top() - SLACK && y <= w.bottom() + SLACK;
    }

    /** The glyphs each text operator of a page's own content stream prints (forms it draws are not counted). */
    private static final class Glyphs extends PDFTextStripper {
        private final Map<Integer, List<TextPosition>> byOperator = new HashMap<>();
        private int index = -1;
        private int depth;

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if (depth == 0) {
                index++;
            }
            super.processOperator(operator, operands);
        }

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            depth++;
            try {
                super.showForm(form);
            } finally {
                depth--;
            }
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (depth == 0 && !text.getUnicode().isBlank()) {
                byOperator.computeIfAbsent(index, k -> new ArrayList<>()).add(text);
            }
        }
    }
}
