package it.determina.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.tika.Tika;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypeDetectorTest {

    private final TypeDetector detector = new TypeDetector();
    private final Tika tika = new Tika();

    @TempDir
    Path dir;

    @Test
    void answersAsTikaDoesForPdfsAndForWhatOnlyLooksLikeOne() throws IOException {
        byte[] pdf = Files.readAllBytes(Path.of("samples/profilo_addetto-al-servizio-clienti.pdf"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        List<Path> files = List.of(
                write("real.pdf", pdf),
                write("bom.pdf", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, pdf)),
                write("picture.pdf", png),
                write("late-header.pdf", concat("%!PS-Adobe-3.0\n%%Title: x\n".getBytes(StandardCharsets.US_ASCII), pdf)),
                write("text.pdf", "%PDF is how a PDF starts".getBytes(StandardCharsets.US_ASCII)),
                write("artwork.ai", pdf),
                write("two-bytes.pdf", "%P".getBytes(StandardCharsets.US_ASCII)),
                Path.of("src/test/resources/regression/truncated-to-two-bytes.pdf"));
        for (Path f : files) {
            assertThat(detector.detect(f)).as(f.getFileName().toString()).isEqualTo(tika.detect(f));
        }
        assertThat(detector.detect(files.get(0))).isEqualTo(TypeDetector.PDF);
        assertThat(detector.detect(files.get(2))).isEqualTo("image/png");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
