package it.determina.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Makes variants of a real PDF for tests: the same text with every ruling line removed (an unruled
 * table), or every page turned to landscape. The expected JSON of the original still holds.
 */
public final class PdfVariants {

    /** Path construction and painting operators: what draws ruling lines and cell backgrounds. */
    private static final Set<String> PATH_OPERATORS = Set.of("m", "l", "c", "v", "y", "h", "re", "S", "s", "f",
            "F", "f*", "B", "B*", "b", "b*", "n", "W", "W*");

    private PdfVariants() {
    }

    /** Writes {@code source} to {@code target} with no lines or filled shapes: text only. */
    public static void withoutRulings(Path source, Path target) throws IOException {
        try (PDDocument doc = Loader.loadPDF(source.toFile())) {
            for (PDPage page : doc.getPages()) {
                PDFStreamParser parser = new PDFStreamParser(page);
                List<Object> tokens = parser.parse();
                List<Object> kept = new ArrayList<>();
                List<Object> operands = new ArrayList<>();
                for (Object t : tokens) {
                    if (t instanceof Operator op) {
                        if (!PATH_OPERATORS.contains(op.getName())) {
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
            doc.save(target.toFile());
        }
    }

    /** Writes {@code source} to {@code target} with every page rotated by {@code degrees} (90, 180, 270). */
    public static void rotated(Path source, Path target, int degrees) throws IOException {
        try (PDDocument doc = Loader.loadPDF(source.toFile())) {
            for (PDPage page : doc.getPages()) {
                page.setRotation((page.getRotation() + degrees) % 360);
            }
            doc.save(target.toFile());
        }
    }
}
