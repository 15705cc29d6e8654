package it.determina.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files a command is given: files as named, folders searched recursively for matching names, sorted.
 * Public for the benchmarks and the fuzzer (determina-bench), which take their inputs the same way.
 */
public final class InputFiles {

    // "Allegato 16.pdf", "determina.pdf.p7m"
    public static final Pattern DOCUMENTS = Pattern.compile("(?i).*\\.(pdf|p7m)$");
    // "us-001.pdf"
    public static final Pattern PDFS = Pattern.compile("(?i).*\\.pdf$");

    private InputFiles() {
    }

    /** The files directly in {@code dir} whose names match, sorted (no subfolders). */
    public static List<Path> inFolder(Path dir, Pattern names) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> names.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
    }

    /**
     * The files of {@code inputs}: a file as named (whatever its name), a folder's matching files at any depth,
     * sorted within each folder, in the order of {@code inputs}.
     *
     * @throws IOException when a folder cannot be walked
     */
    public static List<Path> collect(List<Path> inputs, Pattern names) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in)) {
                    walk.filter(Files::isRegularFile).filter(p -> names.matcher(p.getFileName().toString()).matches())
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(in);
            }
        }
        return files;
    }
}
