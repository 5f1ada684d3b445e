package org.policymonitor.catalogue;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The ordered publication log (V90): what every node's index must apply, in order. */
@Repository
class PublicationLog {

    enum Kind {
        PUBLISHED, WITHDRAWN
    }

    record Entry(long id, Long measureId) {
    }

    private final JdbcTemplate jdbc;

    PublicationLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends an entry in the caller's transaction; returns its id. */
    long append(Long measureId, Kind kind, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(
                    "insert into catalogue_publication_log (measure_id, kind, logged_at) values (?, ?, ?)",
                    new String[] {"id"});
            ps.setLong(1, measureId);
            ps.setString(2, kind.name());
            ps.setObject(3, at.atOffset(ZoneOffset.UTC));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /** The entries after {@code id}, oldest first (an index range scan on the primary key). */
    List<Entry> after(long id, int limit) {
        return jdbc.query("select id, measure_id from catalogue_publication_log where id > ? order by id "
                + "fetch first " + limit + " rows only", (rs, n) -> new Entry(rs.getLong(1), rs.getLong(2)), id);
    }

    /** The last entry logged before {@code instant}, 0 if none: a safe position to resume from after a rebuild. */
    long lastBefore(Instant instant) {
        Long id = jdbc.queryForObject("select max(id) from catalogue_publication_log where logged_at < ?", Long.class,
                instant.atOffset(ZoneOffset.UTC));
        return id == null ? 0 : id;
    }
}
