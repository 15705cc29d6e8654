package it.determina.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ICDAR 2013 evaluator ({@code shared/tools/icdar_eval.py}) run with python3 on a folder of
 * predictions; its JSON summary read back.
 */
public final class IcdarScorer {

    /** One set's scores (a subset such as "us", or "all"). */
    public record Scores(int docs, long gtRelations, long predRelations, long matched, double precision, double recall,
                         double f1, int regions, double detectionOverlap, double detectionIou, int malformed) {
    }

    /** One document's counts. */
    public record DocumentScore(String subset, String doc, long gtRelations, long predRelations, long matched, double f1) {
    }

    /** The scores per set, and per document. */
    public record Result(Map<String, Scores> sets, List<DocumentScore> documents) {
    }

    private final Path script;
    private final ObjectMapper mapper = new ObjectMapper();

    public IcdarScorer(Path script) {
        this.script = script;
    }

    /**
     * Scores the predictions in {@code predictions} against the ground truth in {@code groundTruth}.
     *
     * @throws IOException when python3 or the script fails
     */
    public Result score(Path groundTruth, Path predictions, Path work) throws IOException, InterruptedException {
        Path json = work.resolve("scores.json");
        ProcessMeter.Measured run = ProcessMeter.run(List.of("python3", script.toAbsolutePath().toString(),
                groundTruth.toAbsolutePath().toString(), predictions.toAbsolutePath().toString(),
                "--json", json.toAbsolutePath().toString(), "--quiet"), work, work.resolve("scorer.log"));
        if (run.exitCode() != 0) {
            throw new IOException("the ICDAR scorer failed (exit " + run.exitCode() + "), see " + work.resolve("scorer.log"));
        }
        JsonNode root = mapper.readTree(json.toFile());
        Map<String, Scores> sets = new LinkedHashMap<>();
        root.path("sets").fields().forEachRemaining(e -> sets.put(e.getKey(), scores(e.getValue())));
        List<DocumentScore> docs = new ArrayList<>();
        for (JsonNode d : root.path("documents")) {
            docs.add(new DocumentScore(d.path("subset").asText(), d.path("doc").asText(), d.path("gt_rel").asLong(),
                    d.path("pred_rel").asLong(), d.path("matched").asLong(), d.path("f1").asDouble()));
        }
        return new Result(sets, docs);
    }

    private static Scores scores(JsonNode s) {
        return new Scores(s.path("docs").asInt(), s.path("gt_rel").asLong(), s.path("pred_rel").asLong(),
                s.path("matched").asLong(), s.path("micro_precision").asDouble(), s.path("micro_recall").asDouble(),
                s.path("micro_f1").asDouble(), s.path("gt_regions").asInt(), s.path("det_recall_overlap").asDouble(),
                s.path("det_recall_iou50").asDouble(), s.path("malformed").asInt());
    }
}
