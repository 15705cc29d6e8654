package it.determina.tables;

import static org.assertj.core.api.Assertions.assertThat;

import it.determina.layout.PdfSource;
import it.determina.testing.IcdarTruth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generic table layer on ICDAR 2013 documents (US part, a few of them in test resources), scored
 * with the competition's adjacency relations against their ground truth.
 */
class DocumentTablesTest {

    private static final Path ICDAR = Path.of("src/test/resources/icdar/us");

    static Stream<String> documents() throws Exception {
        try (Stream<Path> s = Files.list(ICDAR)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    private static DocumentTables.Found tables(String stem) throws Exception {
        try (PdfSource pdf = PdfSource.open(ICDAR.resolve(stem + ".pdf"))) {
            return DocumentTables.of(pdf);
        }
    }

    private static List<List<IcdarTruth.GridCell>> asGrid(DocumentTables.Found found) {
        List<List<IcdarTruth.GridCell>> out = new ArrayList<>();
        for (Table t : found.tables()) {
            List<IcdarTruth.GridCell> cells = new ArrayList<>();
            t.rows().forEach(r -> r.cells().forEach(c -> cells.add(new IcdarTruth.GridCell(c.row(), c.row() + c.rowSpan() - 1,
                    c.col(), c.col() + c.colSpan() - 1, c.text()))));
            out.add(cells);
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("documents")
    void findsMostAdjacencyRelationsOfEachDocument(String stem) throws Exception {
        Map<String, Integer> truth = IcdarTruth.pooled(IcdarTruth.tables(ICDAR.resolve(stem + "-str.xml")));
        Map<String, Integer> found = IcdarTruth.pooled(asGrid(tables(stem)));
        int matched = IcdarTruth.matched(truth, found);
        double precision = (double) matched / found.values().stream().mapToInt(Integer::intValue).sum();
        double recall = (double) matched / truth.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(2 * precision * recall / (precision + recall)).as(stem + " F1 (P=%.3f R=%.3f)", precision, recall)
                .isGreaterThan(0.85);
    }

    @Test
    void keepsAHeadingSetOverSeveralColumnsAsOneSpanningCell() throws Exception {
        // us-017 table 1: "Total" over "PK–12  PK–8  9–12"
        Table first = tables("us-017").tables().get(0);
        Cell total = first.rows().stream().flatMap(r -> r.cells().stream()).filter(c -> c.text().equals("Total"))
                .findFirst().orElseThrow();
        assertThat(total.colSpan()).isEqualTo(3);
    }

    @Test
    void joinsAHeadingWrappedOverSeveralLinesIntoOneCell() throws Exception {
        // us-014: "Schools Identified / Under NCLB / (n = 469)" in a ruled header cell
        List<String> texts = tables("us-014").tables().stream().flatMap(t -> t.rows().stream())
                .flatMap(r -> r.cells().stream()).map(Cell::text).toList();
        assertThat(texts).contains("Schools Identified Under NCLB (n = 469)");
    }

    @Test
    void leavesTheCaptionOutOfTheTable() throws Exception {
        List<String> texts = tables("us-019").tables().stream().flatMap(t -> t.rows().stream())
                .flatMap(r -> r.cells().stream()).map(Cell::text).toList();
        assertThat(texts).noneMatch(t -> t.startsWith("Table A-2"));
        assertThat(texts).contains("Prekindergarten–12 enrollment");
    }
}
