package it.determina.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/** Documents made to hurt a reader (issue 12): one that spins, one that exhausts memory. Small on disk. */
public final class HostileDocuments {

    private HostileDocuments() {
    }

    /**
     * A page drawing a form that draws the next form {@code fanOut} times, {@code depth} levels down: a
     * few KB that take {@code fanOut^depth} form invocations to read (finding 7: nested form XObjects).
     */
    public static void nestedForms(Path target, int depth, int fanOut) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFormXObject below = form(doc, "0 0 1 1 re f\n", null);
            for (int level = 1; level <= depth; level++) {
                below = form(doc, "/F Do\n".repeat(fanOut), below);
            }
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F"), below);
            page.setResources(resources);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawForm(below);
            }
            doc.save(target.toFile());
        }
    }

    private static PDFormXObject form(PDDocument doc, String ops, PDFormXObject inner) throws IOException {
        PDFormXObject f = new PDFormXObject(doc);
        f.setBBox(new PDRectangle(0, 0, 10, 10));
        if (inner != null) {
            PDResources r = new PDResources();
            r.put(COSName.getPDFName("F"), inner);
            f.setResources(r);
        }
        try (OutputStream out = f.getContentStream().createOutputStream()) {
            out.write(ops.getBytes(StandardCharsets.US_ASCII));
        }
        return f;
    }

    /**
     * A page showing one grey image of {@code side} x {@code side} pixels, all zero and deflated: about
     * {@code side^2 / 1000} bytes on disk for {@code side^2} decoded (finding 10: an image bomb).
     */
    public static void imageBomb(Path target, int side) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            COSStream image = doc.getDocument().createCOSStream();
            try (OutputStream raw = image.createRawOutputStream();
                 DeflaterOutputStream out = new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_COMPRESSION))) {
                byte[] row = new byte[side];
                for (int y = 0; y < side; y++) {
                    out.write(row);
                }
            }
            image.setItem(COSName.TYPE, COSName.XOBJECT);
            image.setItem(COSName.SUBTYPE, COSName.IMAGE);
            image.setInt(COSName.WIDTH, side);
            image.setInt(COSName.HEIGHT, side);
            image.setInt(COSName.BITS_PER_COMPONENT, 8);
            image.setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
            image.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            PDResources resources = new PDResources();
            COSStream content = doc.getDocument().createCOSStream();
            try (OutputStream out = content.createOutputStream()) {
                out.write("q 595 0 0 842 0 0 cm /Im Do Q\n".getBytes(StandardCharsets.US_ASCII));
            }
            resources.getCOSObject().setItem(COSName.XOBJECT, new org.apache.pdfbox.cos.COSDictionary());
            ((org.apache.pdfbox.cos.COSDictionary) resources.getCOSObject().getDictionaryObject(COSName.XOBJECT))
                    .setItem(COSName.getPDFName("Im"), image);
            page.setResources(resources);
            page.getCOSObject().setItem(COSName.CONTENTS, content);
            doc.save(target.toFile());
        }
    }
}
