package it.determina.bench;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The benchmark results as Markdown tables, the same text on the console and in bench/results/. */
final class AccuracyTable {

    /** A scored prediction set and what producing it cost. */
    record Scored(String name, IcdarScorer.Result result, ProcessMeter.Measured cost) {
    }

    /** Relation counts, summed over documents. */
    record Counts(long gt, long pred, long matched) {
        double precision() {
            return pred == 0 ? 0 : (double) matched / pred;
        }

        double recall() {
            return gt == 0 ? 0 : (double) matched / gt;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private AccuracyTable() {
    }

    static String accuracyTable(List<Scored> runs, Counts oracle, int pages) {
        StringBuilder sb = new StringBuilder();
        List<String> sets = runs.get(0).result().sets().keySet().stream().toList();
        if (sets.size() == 2) {
            sets = List.of("all"); // one subset: its rows would repeat "all"
        }
        sb.append("ICDAR 2013 structure (adjacency relations, micro-averaged) and table detection recall, ")
                .append("scored by the same evaluator. Time: wall clock of each tool's own JVM over all ")
                .append(pages).append(" pages (tabula on one-page files, so that its tables have pages).\n\n");
        sb.append("| set | method | precision | recall | F1 | detected (overlap) | detected (IoU ≥ 0.5) | bad files | seconds |\n");
        sb.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (String set : sets) {
            for (Scored r : runs) {
                IcdarScorer.Scores s = Objects.requireNonNull(r.result().sets().get(set), set);
                sb.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | **%.3f** | %.3f | %.3f | %d | %.1f |%n", set, r.name(),
                        s.precision(), s.recall(), s.f1(), s.detectionOverlap(), s.detectionIou(), s.malformed(), r.cost().seconds()));
            }
        }
        sb.append(String.format(Locale.ROOT, "| all | tabula, better of lattice and stream per document (upper bound) | %.3f | %.3f | **%.3f** | | | | |%n",
                oracle.precision(), oracle.recall(), oracle.f1()));
        return sb.toString();
    }
}
