package it.determina;

import it.determina.testing.PdfVariants;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Writes the variants of the samples to target/variants for manual scoring. */
public final class VariantsProbe {
    public static void main(String[] args) throws Exception {
        Path out = Path.of("target/variants");
        for (String kind : args.length > 0 ? args : new String[] {"unruled", "rotated", "scaled", "upright"}) {
            Files.createDirectories(out.resolve(kind));
            try (Stream<Path> s = Files.list(Path.of("samples"))) {
                for (Path p : s.filter(x -> x.toString().endsWith(".pdf")).toList()) {
                    Path t = out.resolve(kind).resolve(p.getFileName());
                    switch (kind) {
                        case "unruled" -> PdfVariants.withoutRulings(p, t);
                        case "rotated" -> PdfVariants.rotated(p, t, 90);
                        case "scaled" -> PdfVariants.scaled(p, t, 0.8f);
                        case "scanned" -> PdfVariants.scanned(p, t, 200f);
                        default -> PdfVariants.rotatedUpright(p, t);
                    }
                    String n = p.getFileName().toString().replace(".pdf", ".expected.json");
                    Files.copy(p.resolveSibling(n), out.resolve(kind).resolve(n), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
