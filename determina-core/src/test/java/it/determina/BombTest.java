package it.determina;

import static org.assertj.core.api.Assertions.assertThat;

import it.determina.family.FamilyRegistry;
import it.determina.model.ErrorCode;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A decompression bomb (a page whose content stream inflates to 2 GB) ends as a coded error within the
 * time limit, and the same pipeline goes on with the next document.
 */
class BombTest {

    @TempDir
    Path tmp;

    @Test
    void aDecompressionBombFailsAloneAndTheNextDocumentIsRead() throws Exception {
        Path bomb = tmp.resolve("bomb.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            COSStream stream = doc.getDocument().createCOSStream();
            try (OutputStream raw = stream.createRawOutputStream();
                 DeflaterOutputStream out = new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_COMPRESSION))) {
                byte[] chunk = new byte[1 << 20];
                java.util.Arrays.fill(chunk, (byte) ' ');
                for (int i = 0; i < 2048; i++) {
                    out.write(chunk);
                }
            }
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.getCOSObject().setItem(COSName.CONTENTS, stream);
            doc.save(bomb.toFile());
        }
        assertThat(bomb.toFile().length()).isLessThan(10L * 1024 * 1024);
        Pipeline pipeline = new Pipeline(FamilyRegistry.standard(), new Limits(200L << 20, 100, Duration.ofSeconds(20)));

        long start = System.nanoTime();
        try {
            pipeline.ingest(bomb);
            throw new AssertionError("a page of blanks holds no standard");
        } catch (IngestException e) {
            assertThat(e.code()).isIn(ErrorCode.TIMEOUT, ErrorCode.NO_TEXT_LAYER, ErrorCode.PDF_CORRUPT, ErrorCode.UNKNOWN_FAMILY);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
        assertThat(pipeline.ingest(Path.of("samples/profilo_addetto-al-servizio-clienti.pdf"))).hasSize(1);
    }
}
