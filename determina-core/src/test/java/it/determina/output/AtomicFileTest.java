package it.determina.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path tmp;

    private java.util.List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void replacesTheTargetAndCreatesItsFoldersLeavingNoTemporaryFile() throws IOException {
        Path target = tmp.resolve("a/b/out.json");
        AtomicFile.writeString(target, "first");
        AtomicFile.write(target, out -> {
            out.write("second".getBytes(StandardCharsets.UTF_8));
            out.close(); // as Jackson does: the content must still be synced and moved
        });

        assertThat(Files.readString(target)).isEqualTo("second");
        assertThat(names(target.getParent())).containsExactly("out.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
    }

    @Test
    void aFailedWriteLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
        Path target = tmp.resolve("out.json");
        AtomicFile.writeString(target, "old");

        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new InvalidOutputException("broken standard");
        })).isInstanceOf(InvalidOutputException.class);

        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(names(tmp)).containsExactly("out.json");
    }
}
