package it.determina.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.determina.Main;
import it.determina.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ingest --db} and {@code --ndjson} against the real PostgreSQL: the same standards as the JSON files. */
class IngestDatabaseTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void theDatabaseHoldsTheStandardsOfTheJsonFilesAndASecondRunAddsNoVersion() throws Exception {
        Path in = inputs();
        try (TestDatabase db = TestDatabase.create("ingest")) {
            assertThat(ingest(in, tmp.resolve("out"), "--db", db.url())).isEqualTo(1);

            List<JsonNode> standards = jsonStandards(tmp.resolve("out"));
            assertThat(standards).hasSize(3);
            try (Connection c = db.connect()) {
                for (JsonNode s : standards) {
                    assertThat(version(c, s.path("id").asText(), s.path("source").path("sha256").asText())).isEqualTo(s);
                }
                assertThat(count(c, "select count(*) from standard")).as("the act and the annex share one standard").isEqualTo(2);
                assertThat(count(c, "select count(*) from standard_version")).isEqualTo(3);
                assertThat(count(c, "select count(*) from standard s join standard_version v on v.standard_id = s.id"
                        + " and v.version = s.version and v.document = s.document")).as("current = newest version").isEqualTo(2);
                assertThat(count(c, "select count(*) from failure where file = 'empty.pdf' and code = 'EMPTY_FILE'")).isEqualTo(1);

                assertThat(ingest(in, tmp.resolve("again"), "--db", db.url())).isEqualTo(1);

                assertThat(count(c, "select count(*) from standard_version")).isEqualTo(3);
                assertThat(count(c, "select count(*) from failure")).isEqualTo(1);
                assertThat(count(c, "select count(*) from document")).isEqualTo(3);
            }
        }
    }

    @Test
    void ndjsonHasOneStandardPerLineAndTheManifestDescribesTheBatch() throws Exception {
        Path in = inputs();
        Path ndjson = tmp.resolve("export/batch.ndjson");

        assertThat(ingest(in, tmp.resolve("out"), "--ndjson", ndjson.toString())).isEqualTo(1);

        List<String> lines = Files.readAllLines(ndjson);
        assertThat(lines).hasSize(3);
        assertThat(lines.stream().map(this::tree).toList()).containsExactlyInAnyOrderElementsOf(jsonStandards(tmp.resolve("out")));
        JsonNode manifest = MAPPER.readTree(tmp.resolve("export/manifest.json").toFile());
        assertThat(manifest.path("files")).hasSize(3);
        assertThat(manifest.path("standards").asInt()).isEqualTo(3);
        assertThat(manifest.path("errors").get(0).path("code").asText()).isEqualTo("EMPTY_FILE");
        assertThat(manifest.path("versions").path("schema").asText()).isEqualTo("1.0");
        assertThat(manifest.path("versions").path("determina").asText()).isNotBlank();
        assertThat(manifest.path("files").get(1).path("sha256").asText()).hasSize(64);
        int flags = 0;
        for (String line : lines) {
            flags += tree(line).path("flags").size();
        }
        int byCode = 0;
        for (JsonNode n : manifest.path("flagsByCode")) {
            byCode += n.asInt();
        }
        assertThat(byCode).isEqualTo(flags);
    }

    /** A standard, an act whose two annexes are standards (the first of them the first file's too), and an empty file. */
    private Path inputs() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of("samples/campania-standard_operatore-call-center-inbound.pdf"), in.resolve("a-campania.pdf"));
        Files.copy(Path.of("samples/det_campania_DD412_allegati-1-2.pdf"), in.resolve("b-act.pdf"));
        Files.createFile(in.resolve("empty.pdf"));
        return in;
    }

    private static int ingest(Path in, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("ingest", in.toString(), "--out", out.toString(), "--workers", "1"));
        args.addAll(List.of(more));
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(new StringWriter()));
        return cli.execute(args.toArray(String[]::new));
    }

    private static List<JsonNode> jsonStandards(Path out) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        try (var files = Files.list(out)) {
            for (Path f : files.filter(p -> !p.toString().endsWith(".error.json")).sorted().toList()) {
                MAPPER.readTree(f.toFile()).forEach(all::add);
            }
        }
        return all;
    }

    /** The version of standard {@code id} that content {@code sha256} brought. */
    private static JsonNode version(Connection c, String id, String sha256) throws Exception {
        try (PreparedStatement st = c.prepareStatement(
                "select document::text from standard_version where standard_id = ? and source_sha256 = ?")) {
            st.setString(1, id);
            st.setString(2, sha256);
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).as(id).isTrue();
                return MAPPER.readTree(rs.getString(1));
            }
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private JsonNode tree(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
