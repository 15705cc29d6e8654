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
import org.apache.pdfbox.pdmodel.common.PDRectangle;

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
}
