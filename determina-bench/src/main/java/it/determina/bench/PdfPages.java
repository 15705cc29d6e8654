package it.determina.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Page-level PDF surgery for the benchmarks, with PDFBox: counting, splitting, concatenating. */
public final class PdfPages {

    private PdfPages() {
    }

    public static int count(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    /** Each page's height (points, crop box), as needed to turn top-left boxes into bottom-left ones. */
    public static List<Double> heights(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<Double> out = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getCropBox();
                out.add((double) box.getHeight());
            }
            return out;
        }
    }

    /** Writes page k of {@code pdf} to {@code dir/STEM__pK.pdf}, one file per page; returns the files. */
    public static List<Path> split(Path pdf, String stem, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                try (PDDocument one = new PDDocument()) {
                    one.importPage(doc.getPage(i));
                    Path target = dir.resolve(pageFile(stem, i + 1));
                    one.save(target.toFile());
                    out.add(target);
                }
            }
        }
        return out;
    }

    /** The name of page {@code page} of {@code stem} once split: "us-001__p3.pdf". */
    public static String pageFile(String stem, int page) {
        return stem + "__p" + page + ".pdf";
    }

    /**
     * Writes a PDF of exactly {@code pages} pages to {@code target}, made by appending the {@code sources}
     * one after another, round and round, the last one cut to fit.
     */
    public static void concatenate(List<Path> sources, int pages, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (PDDocument out = new PDDocument()) {
            PDFMergerUtility merger = new PDFMergerUtility();
            List<PDDocument> open = new ArrayList<>();
            try {
                int i = 0;
                while (out.getNumberOfPages() < pages) {
                    PDDocument src = Loader.loadPDF(sources.get(i++ % sources.size()).toFile());
                    open.add(src);
                    merger.appendDocument(out, src);
                }
                while (out.getNumberOfPages() > pages) {
                    out.removePage(out.getNumberOfPages() - 1);
                }
                out.save(target.toFile());
            } finally {
                for (PDDocument d : open) {
                    d.close();
                }
            }
        }
    }

    /**
     * Writes a determination of exactly {@code pages} pages to {@code target}: the {@code standards} (files
     * of one standard each) appended round and round as its annexes, the first page of the k-th stamped
     * "ALLEGATO k" at its top, as an act numbers its annexes, the last one cut to fit. Unlike
     * {@link #concatenate}, whose repeated copies make every heading a running header, each annex is told
     * apart, so the file reads as one act of many annexes.
     */
    public static void determination(List<Path> standards, int pages, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (PDDocument out = new PDDocument()) {
            PDFMergerUtility merger = new PDFMergerUtility();
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            List<PDDocument> open = new ArrayList<>();
            try {
                int k = 0;
                while (out.getNumberOfPages() < pages) {
                    PDDocument src = Loader.loadPDF(standards.get(k++ % standards.size()).toFile());
                    open.add(src);
                    int first = out.getNumberOfPages();
                    merger.appendDocument(out, src);
                    stamp(out, out.getPage(first), bold, "ALLEGATO " + k);
                }
                while (out.getNumberOfPages() > pages) {
                    out.removePage(out.getNumberOfPages() - 1);
                }
                out.save(target.toFile());
            } finally {
                for (PDDocument d : open) {
                    d.close();
                }
            }
        }
    }

    /** Writes {@code text} in the top margin of {@code page}, left, over what the page shows. */
    private static void stamp(PDDocument doc, PDPage page, PDType1Font font, String text) throws IOException {
        PDRectangle box = page.getCropBox();
        try (PDPageContentStream s = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            s.beginText();
            s.setFont(font, 11);
            s.newLineAtOffset(box.getLowerLeftX() + 40, box.getUpperRightY() - 22);
            s.showText(text);
            s.endText();
        }
    }
}
