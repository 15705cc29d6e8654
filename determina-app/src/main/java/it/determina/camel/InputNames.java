package it.determina.camel;

import it.determina.intake.IncomingFile;
import it.determina.output.NameClaims;
import java.io.File;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The name each input of the drop folder is filed under, in {@code archive/DAY/}, {@code failed/} and
 * {@code output/by-file/}: unique across folders, case and days (issue 12, finding 3; rule in
 * {@link NameClaims}). Names already on disk are held at start. A claim is recorded in
 * {@code state/input-names.tsv} ({@code sha256 TAB name TAB original name, URL-encoded}) before the file
 * is processed, so a file taken again after a crash keeps the name it had. Never throws: a claim that
 * cannot be recorded is logged and held in memory. Thread-safe.
 */
public final class InputNames {

    private static final Logger LOG = LoggerFactory.getLogger(InputNames.class);

    private final Path ledger;
    private final Path archive;
    private final Path failed;
    private final NameClaims claims = new NameClaims();
    private final Map<String, String> byContentAndName = new HashMap<>();

    /** Loads the ledger and holds every name found in {@code archive} (all days), {@code failed} and {@code byFile}. */
    public InputNames(Path ledger, Path archive, Path failed, Path byFile) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.failed = Objects.requireNonNull(failed, "failed");
        try {
            load();
            for (Path day : list(archive)) {
                list(day).forEach(p -> claims.hold(p.getFileName().toString()));
            }
            for (Path p : list(failed)) {
                String name = p.getFileName().toString();
                if (name.endsWith(".error.json")) {
                    claims.holdOutput(name);
                } else {
                    claims.hold(name);
                }
            }
            list(byFile).forEach(p -> claims.holdOutput(p.getFileName().toString()));
        } catch (IOException e) {
            LOG.warn("names in use could not all be read ({}); clashes with them are not detected", e.toString());
        }
    }

    /**
     * The name {@code file} is filed under: the one it had when taken before and not settled then (a crash
     * in between), else a new free one; the same content dropped again under the same name after it was
     * archived or failed is a new input with a new name.
     */
    public synchronized String claim(File file) {
        String original = file.getName();
        String key = sha256(file) + "\t" + original;
        String known = byContentAndName.get(key);
        if (known != null && !isSettled(known)) {
            return known;
        }
        String name = claims.claim(original);
        byContentAndName.put(key, name);
        record(key, name);
        if (!name.equals(original)) {
            LOG.info("{}: filed as {} (the name is held by another input)", it.determina.SafeText.of(original), name);
        }
        return name;
    }

    /** A new free name for an entry that is not read (a link, a folder): never the name of another input. */
    public synchronized String claimUnread(String original) {
        String name = claims.claim(original);
        record("-\t" + original, name);
        return name;
    }

    /** Whether an input filed as {@code name} is already in failed/ or in a day of archive/. */
    private boolean isSettled(String name) {
        if (Files.exists(failed.resolve(name), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try {
            return list(archive).stream().anyMatch(day -> Files.exists(day.resolve(name), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            return false;
        }
    }

    private static String sha256(File file) {
        try {
            return IncomingFile.of(file.toPath()).sha256();
        } catch (IOException | RuntimeException e) {
            return "unreadable";
        }
    }

    private void record(String key, String name) {
        String[] parts = key.split("\t", 2);
        String line = parts[0] + "\t" + name + "\t" + URLEncoder.encode(parts[1], StandardCharsets.UTF_8) + "\n";
        try {
            Files.createDirectories(ledger.toAbsolutePath().getParent());
            try (FileChannel out = FileChannel.open(ledger, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                out.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
                out.force(true);
            }
        } catch (IOException e) {
            LOG.warn("{}: the name given could not be recorded in {} ({})", name, ledger, e.toString());
        }
    }

    private void load() throws IOException {
        if (!Files.exists(ledger)) {
            return;
        }
        for (String line : Files.readAllLines(ledger, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length == 3) {
                byContentAndName.put(f[0] + "\t" + URLDecoder.decode(f[2], StandardCharsets.UTF_8), f[1]);
                claims.hold(f[1]);
            }
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            List<Path> out = new java.util.ArrayList<>();
            s.forEach(out::add);
            return out;
        }
    }
}
