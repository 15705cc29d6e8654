package it.determina.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.determina.Pipeline;
import it.determina.output.StandardJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every PDF of a folder through the pipeline, scored field by field against its sibling
 * {@code NAME.expected.json} the way {@code shared/tools/compare.py} does ({@link FieldScorer}).
 */
public final class ScoredFolder {

    private ScoredFolder() {
    }

    /** Fields right and checked over the folder, and a line per document for the test's printout. */
    public record Result(int correct, int total, int documents, String report) {
        public double ratio() {
            return total == 0 ? 1.0 : (double) correct / total;
        }
    }

    /**
     * @throws Exception when a PDF cannot be ingested or its expected JSON cannot be read
     */
    public static Result score(Path folder, Pipeline pipeline) throws Exception {
        StandardJson json = new StandardJson();
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(folder)) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        int correct = 0;
        int total = 0;
        StringBuilder report = new StringBuilder();
        for (Path pdf : pdfs) {
            String name = pdf.getFileName().toString();
            FieldScorer.Score score = FieldScorer.score(new ObjectMapper().readTree(
                    pdf.resolveSibling(name.substring(0, name.length() - 4) + ".expected.json").toFile()),
                    json.toTree(pipeline.ingest(pdf)));
            correct += score.correct();
            total += score.total();
            report.append(String.format("%-50s %4d/%4d (%5.1f%%)%n", name, score.correct(), score.total(), 100 * score.ratio()));
        }
        report.append(String.format("TOTAL %d/%d (%.1f%%)%n", correct, total, 100.0 * correct / Math.max(1, total)));
        return new Result(correct, total, pdfs.size(), report.toString());
    }
}
