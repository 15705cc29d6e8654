package it.determina;

import static org.assertj.core.api.Assertions.assertThat;

import it.determina.family.FamilyRegistry;
import it.determina.testing.ScoredFolder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The held-out layouts ({@code src/test/resources/held-out/}, see its README): documents of the four
 * families written by a tester who had not seen the code, in layouts neither the samples nor the matrix
 * have. Scored field by field as {@code shared/tools/compare.py} does; the aggregate must stay at least
 * {@link #MIN_FIELD_SCORE} (0.683 when they were written, 0.832 once a header ruled only below is
 * found, 0.887 once a continued page keeps the columns of the page before, 0.933 once
 * generously spaced rows stay one table, 0.957 once borrowed columns settle in the page's gutters,
 * 0.966 once a unit heading cut at the column edge is read whole):
 * raise it as the reading improves, never lower it to make a change pass.
 */
class HeldOutLayoutsTest {

    /**
     * Fields right over the held-out layouts (measured 0.966 on the first 16; 0.962 with the 12 qb_ documents
     * added; 0.940 with the 24 harder qc_ documents added, which scored 0.832 on the build they were written against;
     * 0.904 with the 12 qd_ documents of a fourth tester added, 0.720 of them read; 0.944 once dense tables keep
     * their narrow columns and cells set at the middle or foot of tall rows stay in their rows; 0.953 once a
     * centred header or a total across the first columns no longer hides a column start; 0.958 once a box cut by
     * the page break goes on with its cut row, and an Atlante AdA line an unruled equivalence table ran over
     * is read as the running line it is; 0.903 with the 12 qe_ documents of a fifth tester added, 0.616 of
     * them read; 0.920 once a header set closer than a gutter over narrow columns no longer hides them; 0.938
     * once a header of one-line cells spilling over their neighbours names its columns and marked figures read;
     * 0.898 with the 12 t6_ documents of a sixth tester added, 0.654 of them read; 0.918 once header cells
     * wider than their columns, unruled or ruled apart from the rows, name the columns under their middle; 0.946
     * once Campania values centred beside narrow wrapped labels, or printed left of them, stay in their rows).
     */
    static final double MIN_FIELD_SCORE = 0.944;

    private static final Path ROOT = Path.of("src/test/resources/held-out");

    @Test
    void heldOutLayoutsKeepTheirFields() throws Exception {
        ScoredFolder.Result result = ScoredFolder.score(ROOT, new Pipeline(FamilyRegistry.standard()));
        System.out.print(result.report());
        assertThat(result.documents()).isGreaterThanOrEqualTo(16);
        assertThat(result.ratio()).as("fields right:%n%s", result.report()).isGreaterThanOrEqualTo(MIN_FIELD_SCORE);
    }
}
