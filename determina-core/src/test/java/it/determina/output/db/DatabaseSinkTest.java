package it.determina.output.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.determina.Pipeline;
import it.determina.family.FamilyRegistry;
import it.determina.model.CanonicalStandard;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import it.determina.output.DeliveryException;
import it.determina.output.StandardJson;
import it.determina.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PostgreSQL sink against the real server: one database per run of this class, migrated by Flyway. */
class DatabaseSinkTest {

    private static TestDatabase db;
    private static Database database;
    private static DatabaseSink sink;
    private static List<CanonicalStandard> lazio;

    @BeforeAll
    static void openDatabaseAndReadASample() throws Exception {
        db = TestDatabase.create("sink");
        database = Database.open(db.url(), 3);
        sink = new DatabaseSink(database.dataSource(), new StandardJson(), Clock.systemUTC());
        lazio = new Pipeline(FamilyRegistry.standard()).ingest(Path.of("samples/lazio-percorso_operatore-assistenza-clienti.pdf"));
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        database.close();
        db.close();
    }

    @Test
    void migratesTheSchemaOnceAndTellsItsVersion() throws Exception {
        try (Database again = Database.open(db.url(), 2)) {
            assertThat(again.schemaVersion()).isEqualTo(database.schemaVersion()).isEqualTo("2");
        }
        assertThat(longOf("select count(*) from flyway_schema_history where success")).isEqualTo(2);
    }

    @Test
    void storesTheStandardAsItsJsonWithKeyColumns() throws Exception {
        CanonicalStandard s = renamed(lazio.get(0), "test:training-standard:columns");
        sink.deliver("a.pdf", "sha-columns", List.of(s), DatabaseSink.SameTransaction.NONE);

        String stored = text("select document::text from standard where id = 'test:training-standard:columns'");
        assertThat(new ObjectMapper().readTree(stored)).isEqualTo(new StandardJson().validTree(s));
        assertThat(text("select region || '|' || kind || '|' || title || '|' || version from standard where id = 'test:training-standard:columns'"))
                .isEqualTo(s.region() + "|" + s.kind() + "|" + s.title() + "|1");
        assertThat(longOf("select total_hours from standard where id = 'test:training-standard:columns'"))
                .isEqualTo(s.duration().totalHours().longValue());
        assertThat(longOf("select count(*) from flag where standard_id = 'test:training-standard:columns'")).isEqualTo(s.flags().size());
    }

    @Test
    void sameInputTwiceAddsNoVersion() throws Exception {
        CanonicalStandard s = renamed(lazio.get(0), "test:training-standard:twice");
        DatabaseSink.Delivered first = sink.deliver("a.pdf", "sha-twice", List.of(s), DatabaseSink.SameTransaction.NONE);
        DatabaseSink.Delivered second = sink.deliver("a.pdf", "sha-twice", List.of(s), DatabaseSink.SameTransaction.NONE);

        assertThat(first.newVersions()).isEqualTo(1);
        assertThat(second.newVersions()).isZero();
        assertThat(longOf("select count(*) from standard_version where standard_id = 'test:training-standard:twice'")).isEqualTo(1);
        assertThat(longOf("select count(*) from document where sha256 = 'sha-twice'")).isEqualTo(1);
    }

    @Test
    void sameInputTwiceAddsNoVersionThoughAnotherFileBroughtTheStandardBetween() throws Exception {
        CanonicalStandard fromAct = renamed(lazio.get(0), "test:training-standard:between");
        CanonicalStandard fromAnnex = fromAct.withFlags(List.of(Flag.of(FlagCode.MISSING_VALUE, "/eqfLevel", "missing", null, null, 1)));
        sink.deliver("act.pdf", "sha-act", List.of(fromAct), DatabaseSink.SameTransaction.NONE);
        sink.deliver("annex.pdf", "sha-annex", List.of(fromAnnex), DatabaseSink.SameTransaction.NONE);

        DatabaseSink.Delivered again = sink.deliver("act.pdf", "sha-act", List.of(fromAct), DatabaseSink.SameTransaction.NONE);

        assertThat(again.newVersions()).isZero();
        assertThat(longOf("select count(*) from standard_version where standard_id = 'test:training-standard:between'")).isEqualTo(2);
    }

    @Test
    void aChangedStandardBecomesANewVersionAndTheOldOneIsKept() throws Exception {
        CanonicalStandard before = renamed(lazio.get(0), "test:training-standard:changed");
        CanonicalStandard after = before.withFlags(List.of(Flag.of(FlagCode.UNIT_HOURS_SUM_MISMATCH, "/units", "units add up to 10, not 12", 12, 10, 3)));
        sink.deliver("old.pdf", "sha-old", List.of(before), DatabaseSink.SameTransaction.NONE);
        sink.deliver("new.pdf", "sha-new", List.of(after), DatabaseSink.SameTransaction.NONE);

        assertThat(longOf("select version from standard where id = 'test:training-standard:changed'")).isEqualTo(2);
        assertThat(text("select string_agg(version || ':' || source_file, ',' order by version) from standard_version"
                + " where standard_id = 'test:training-standard:changed'")).isEqualTo("1:old.pdf,2:new.pdf");
        assertThat(text("select code || ' ' || severity || ' ' || field || ' ' || page from flag where standard_id = 'test:training-standard:changed'"))
                .isEqualTo("UNIT_HOURS_SUM_MISMATCH error /units 3");
    }

    @Test
    void theFlagsTableAnswersErrorsPerRegion() throws Exception {
        CanonicalStandard s = renamed(lazio.get(0), "test:training-standard:errors").withFlags(List.of(
                Flag.of(FlagCode.UNIT_HOURS_SUM_MISMATCH, "/units", "sum", 12, 10, 3),
                Flag.of(FlagCode.YEAR_HOURS_SUM_MISMATCH, "/duration/years", "years", 12, 10, 4),
                Flag.of(FlagCode.MISSING_VALUE, "/eqfLevel", "missing", null, null, 1)));
        sink.deliver("e.pdf", "sha-errors", List.of(s), DatabaseSink.SameTransaction.NONE);

        assertThat(longOf("select count(*) from flag f join standard s on s.id = f.standard_id"
                + " where s.id = 'test:training-standard:errors' and s.region = '" + s.region() + "' and f.severity = 'error'")).isEqualTo(2);
    }

    @Test
    void aFailureIsOneRowPerContentAndASuccessClearsIt() throws Exception {
        sink.fail("bad.pdf", "sha-bad", "PDF_CORRUPT", "truncated", DatabaseSink.SameTransaction.NONE);
        sink.fail("bad-again.pdf", "sha-bad", "PDF_CORRUPT", "truncated", DatabaseSink.SameTransaction.NONE);
        assertThat(text("select file || ' ' || code from failure where sha256 = 'sha-bad'")).isEqualTo("bad-again.pdf PDF_CORRUPT");
        assertThat(text("select status from document where sha256 = 'sha-bad'")).isEqualTo("failed");

        sink.deliver("bad.pdf", "sha-bad", List.of(renamed(lazio.get(0), "test:training-standard:recovered")), DatabaseSink.SameTransaction.NONE);

        assertThat(longOf("select count(*) from failure where sha256 = 'sha-bad'")).isZero();
        assertThat(text("select status from document where sha256 = 'sha-bad'")).isEqualTo("ok");
    }

    @Test
    void aDocumentThatCannotBeCompletedLeavesNothing() throws Exception {
        List<CanonicalStandard> two = new ArrayList<>(List.of(renamed(lazio.get(0), "test:training-standard:half-1"), renamed(lazio.get(0), "test:training-standard:half-2")));
        DatabaseSink.SameTransaction crash = c -> {
            throw new SQLException("the connection broke after the standards were written");
        };

        assertThatThrownBy(() -> sink.deliver("half.pdf", "sha-half", two, crash)).isInstanceOf(DeliveryException.class);

        assertThat(longOf("select count(*) from standard where id like 'test:training-standard:half-%'")).isZero();
        assertThat(longOf("select count(*) from standard_version where standard_id like 'test:training-standard:half-%'")).isZero();
        assertThat(longOf("select count(*) from document where sha256 = 'sha-half'")).isZero();
    }

    private static CanonicalStandard renamed(CanonicalStandard s, String id) {
        return new CanonicalStandard(s.schemaVersion(), id, s.kind(), s.region(), s.title(), s.eqfLevel(), s.description(),
                s.classification(), s.duration(), s.attendance(), s.credits(), s.entryRequirements(), s.units(), s.flags(),
                s.confidence(), s.source());
    }

    private static String text(String sql) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }

    private static long longOf(String sql) throws SQLException {
        return Long.parseLong(text(sql).replaceFirst("\\.0+$", ""));
    }
}
