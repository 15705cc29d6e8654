package it.determina.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which inbox files the drop folder may take, on real files with a fixed clock (issue 12, finding 5). */
class CompleteFilesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final Path PROFILE = Path.of("samples/profilo_addetto-al-servizio-clienti.pdf");

    @TempDir
    Path dir;

    private final CompleteFiles files = new CompleteFiles(Duration.ofSeconds(30), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aWholePdfIsTakenAtOnceAndItsFirstHalfOnlyOnceItHasWaited() throws Exception {
        byte[] pdf = Files.readAllBytes(PROFILE);
        assertThat(files.isTakeable(written("whole.pdf", pdf, 1))).isTrue();
        assertThat(files.isTakeable(written("half.pdf", Arrays.copyOf(pdf, pdf.length / 2), 1))).isFalse();
        assertThat(files.isTakeable(written("old-half.pdf", Arrays.copyOf(pdf, pdf.length / 2), 31))).isTrue();
    }

    @Test
    void aFileJustCreatedAndNotYetWrittenIsLeftForALaterPoll() throws Exception {
        // the writer has created the file and not written yet: taking it now lets the read lock settle on
        // whatever the first write leaves, half a PDF filed as PDF_CORRUPT
        assertThat(files.isTakeable(written("empty.pdf", new byte[0], 1))).isFalse();
        assertThat(files.isTakeable(written("begun.pdf", ascii("%PD"), 1))).isFalse();
        assertThat(files.isTakeable(written("old-empty.pdf", new byte[0], 31))).isTrue();
    }

    @Test
    void aShortFileThatIsNotTheStartOfAPdfIsTakenAtOnceToBeReported() throws Exception {
        assertThat(files.isTakeable(written("note.pdf", ascii("ok"), 1))).isTrue();
        assertThat(files.isTakeable(written("text.pdf", ascii("not a pdf at all"), 1))).isTrue();
    }

    @Test
    void aLinkOrAFolderIsNeverTaken() throws Exception {
        Path target = written("target.pdf", Files.readAllBytes(PROFILE), 60);
        assertThat(files.isTakeable(Files.createSymbolicLink(dir.resolve("link.pdf"), target))).isFalse();
        assertThat(files.isTakeable(Files.createDirectories(dir.resolve("folder")))).isFalse();
    }

    private Path written(String name, byte[] content, int secondsAgo) throws Exception {
        Path file = Files.write(dir.resolve(name), content);
        Files.setLastModifiedTime(file, FileTime.from(NOW.minusSeconds(secondsAgo)));
        return file;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
