package it.determina.output.db;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * The key columns of table {@code standard}, taken from a standard: what data teams filter on without
 * opening the JSONB. A determination date that is not an ISO date stays only in the JSONB (null here).
 */
record StandardColumns(String id, @Nullable String region, String kind, String title, @Nullable Integer eqfLevel,
                       @Nullable BigDecimal totalHours, @Nullable String annex, @Nullable String determinationNumber,
                       @Nullable LocalDate determinationDate, String sourceFile, @Nullable String sourceSha256) {

    /** The columns of canonical standard {@code s} (its JSON tree), brought by {@code file} of content {@code sha256}. */
    static StandardColumns of(JsonNode s, String file, String sha256) {
        JsonNode act = s.path("source").path("determination");
        JsonNode hours = s.path("duration").path("totalHours");
        JsonNode eqf = s.path("eqfLevel");
        return new StandardColumns(s.path("id").asText(), text(s.path("region")), s.path("kind").asText(),
                s.path("title").asText(), eqf.isNumber() ? eqf.asInt() : null,
                hours.isNumber() ? hours.decimalValue() : null, text(s.path("source").path("annex")),
                text(act.path("number")), isoDate(text(act.path("date"))), file, sha256);
    }

    private static @Nullable String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
    private static @Nullable LocalDate isoDate(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Inserts or replaces the row of this standard as version {@code version}, holding {@code document}. */
    void write(Connection c, int version, Timestamp at, String document) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("insert into standard (id, region, kind, title, eqf_level,"
                + " total_hours, annex, determination_number, determination_date, version, source_file, source_sha256,"
                + " updated_at, document) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)"
                + " on conflict (id) do update set region = excluded.region, kind = excluded.kind, title = excluded.title,"
                + " eqf_level = excluded.eqf_level, total_hours = excluded.total_hours, annex = excluded.annex,"
                + " determination_number = excluded.determination_number, determination_date = excluded.determination_date,"
                + " version = excluded.version, source_file = excluded.source_file, source_sha256 = excluded.source_sha256,"
                + " updated_at = excluded.updated_at, document = excluded.document")) {
            st.setString(1, id);
            st.setString(2, region);
            st.setString(3, kind);
            st.setString(4, title);
            st.setObject(5, eqfLevel);
            st.setBigDecimal(6, totalHours);
            st.setString(7, annex);
            st.setString(8, determinationNumber);
            st.setDate(9, determinationDate == null ? null : Date.valueOf(determinationDate));
            st.setInt(10, version);
            st.setString(11, sourceFile);
            st.setString(12, sourceSha256);
            st.setTimestamp(13, at);
            st.setString(14, document);
            st.executeUpdate();
        }
    }
}
