package it.determina.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.determina.output.TablesJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * tabula-java's own command-line app ({@code technology.tabula.CommandLineApp}, release 1.0.5 on its
 * PDFBox 2), run in a separate JVM over a folder of PDFs ({@code -b}), which writes NAME.json beside
 * each NAME.pdf. Its JSON (tables of rows of cells, boxes with a top-left origin, no page numbers) is
 * turned into the ICDAR 2013 prediction format.
 */
public final class TabulaCli {

    /** tabula's extraction settings, with their command-line flags. */
    public enum Mode {
        /** {@code -l}: cells from ruling lines. */
        LATTICE("lattice (-l)", List.of("-l")),
        /** {@code -t}: columns from text alignment over the whole page. */
        STREAM("stream (-t)", List.of("-t")),
        /** {@code -g -t}: table areas guessed (Nurminen), then stream in each: tabula's best setting. */
        GUESS_STREAM("guess + stream (-g -t)", List.of("-g", "-t")),
        /** No flag: per page, lattice where tabula finds a ruled table, stream elsewhere. */
        DECIDE("per page lattice or stream (default)", List.of());

        private final String label;
        private final List<String> flags;

        Mode(String label, List<String> flags) {
            this.label = label;
            this.flags = flags;
        }

        public String label() {
            return label;
        }
    }

    private final String classpath;
    private final ObjectMapper mapper = new ObjectMapper();

    /** {@code classpath}: tabula 1.0.5 and its own dependencies (see bench/tabula-cli/pom.xml). */
    public TabulaCli(String classpath) {
        this.classpath = Objects.requireNonNull(classpath, "classpath").trim();
    }

    /** Runs tabula in {@code mode} over every PDF of {@code folder}, in one JVM. */
    public ProcessMeter.Measured run(Mode mode, Path folder, Path log) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("-cp", classpath, "technology.tabula.CommandLineApp"));
        args.addAll(mode.flags);
        args.addAll(List.of("-f", "JSON", "-p", "all", "-i", "-b", folder.toAbsolutePath().toString()));
        return ProcessMeter.run(ProcessMeter.java(args), folder, log);
    }

    /**
     * The tables tabula wrote for one page ({@code json}, from a one-page PDF) as prediction tables of
     * page {@code page}; none when tabula wrote nothing.
     */
    public List<TablesJson.TableOut> tables(Path json, int page, double pageHeight) throws IOException {
        List<TablesJson.TableOut> out = new ArrayList<>();
        if (!Files.exists(json) || Files.size(json) == 0) {
            return out;
        }
        for (JsonNode t : mapper.readTree(json.toFile())) {
            List<TablesJson.CellOut> cells = new ArrayList<>();
            JsonNode rows = t.path("data");
            for (int r = 0; r < rows.size(); r++) {
                JsonNode row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    String text = row.get(c).path("text").asText("").trim();
                    if (!text.isEmpty()) {
                        cells.add(new TablesJson.CellOut(r, c, 1, 1, text));
                    }
                }
            }
            double top = t.path("top").asDouble();
            double bottom = t.path("bottom").asDouble();
            double[] bbox = {t.path("left").asDouble(), pageHeight - bottom, t.path("right").asDouble(), pageHeight - top};
            out.add(new TablesJson.TableOut(page, bbox, List.of(), cells));
        }
        return out;
    }
}
