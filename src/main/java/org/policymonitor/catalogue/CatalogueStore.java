package org.policymonitor.catalogue;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The catalogue tables (V30): plain JDBC, the same SQL on H2 and PostgreSQL. */
@Repository
class CatalogueStore {

    private static final String AGENCY_SEPARATOR = "\n";
    private static final String INSERT_ENTRY = """
            insert into catalogue_entry (measure_id, publication_no, party_id, party_iso, party_name, region_code,
                cycle_id, cycle_code, title, agencies, evaluation, budget_usd, published_at, title_text, names_text,
                body_text, snapshot) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""";

    private final JdbcTemplate jdbc;

    CatalogueStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the measure's row, facet values and tokens by those of the given (newer) publication. */
    void replace(IndexedMeasure m, String snapshotJson) {
        delete(m.measureId());
        insert(m, snapshotJson);
    }

    /** Adds a measure that has no entry yet. */
    void insert(IndexedMeasure m, String snapshotJson) {
        jdbc.update(INSERT_ENTRY, ps -> {
            ps.setLong(1, m.measureId());
            ps.setInt(2, m.publicationNo());
            ps.setLong(3, m.partyId());
            ps.setString(4, m.partyIso());
            ps.setString(5, m.partyName());
            ps.setString(6, m.regionCode());
            ps.setLong(7, m.cycleId());
            ps.setString(8, m.cycleCode());
            ps.setString(9, truncate(m.title(), 500));
            ps.setString(10, truncate(String.join(AGENCY_SEPARATOR, m.agencies()), 2000));
            ps.setString(11, m.evaluation());
            ps.setBigDecimal(12, m.budgetUsd());
            ps.setObject(13, m.publishedAt().atOffset(ZoneOffset.UTC));
            ps.setString(14, truncate(m.titleText(), 2000));
            ps.setString(15, m.namesText());
            ps.setString(16, m.bodyText());
            ps.setString(17, snapshotJson);
        });
        List<Object[]> facetRows = new ArrayList<>();
        m.facets().forEach((facet, codes) -> codes.forEach(code -> facetRows.add(
                new Object[] {m.measureId(), facet.name(), truncate(code, 60)})));
        jdbc.batchUpdate("insert into catalogue_facet (measure_id, facet, code) values (?,?,?)", facetRows);
        List<Object[]> tokenRows = new ArrayList<>();
        m.tokenWeights().forEach((token, weight) -> tokenRows.add(new Object[] {token, m.measureId(), weight}));
        jdbc.batchUpdate("insert into catalogue_token (token, measure_id, weight) values (?,?,?)", tokenRows);
    }

    void delete(Long measureId) {
        jdbc.update("delete from catalogue_token where measure_id = ?", measureId);
        jdbc.update("delete from catalogue_facet where measure_id = ?", measureId);
        jdbc.update("delete from catalogue_entry where measure_id = ?", measureId);
    }

    /** measure id -> publication number of every indexed entry. */
    Map<Long, Integer> publicationNumbers() {
        Map<Long, Integer> numbers = new HashMap<>();
        jdbc.query("select measure_id, publication_no from catalogue_entry",
                rs -> {
                    numbers.put(rs.getLong(1), rs.getInt(2));
                });
        return numbers;
    }

    /** Streams every entry with its facet values, oldest publication first. */
    void forEachEntry(Consumer<IndexedMeasure> consumer) {
        Map<Long, Map<Facet, Set<String>>> facets = new HashMap<>();
        jdbc.query("select measure_id, facet, code from catalogue_facet", rs -> {
            facets.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(Facet.class))
                    .computeIfAbsent(Facet.valueOf(rs.getString(2)), f -> new LinkedHashSet<>()).add(rs.getString(3));
        });
        jdbc.query("""
                select measure_id, publication_no, party_id, party_iso, party_name, region_code, cycle_id, cycle_code,
                    title, agencies, evaluation, budget_usd, published_at, title_text, names_text, body_text
                from catalogue_entry order by published_at, measure_id""", rs -> {
            consumer.accept(read(rs, facets.getOrDefault(rs.getLong(1), Map.of())));
        });
    }

    /** The published snapshots (JSON) of the given measures, in the given order. */
    List<String> snapshots(List<Long> measureIds) {
        Map<Long, String> byId = new HashMap<>();
        for (int from = 0; from < measureIds.size(); from += 500) {
            List<Long> chunk = measureIds.subList(from, Math.min(measureIds.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.query("select measure_id, snapshot from catalogue_entry where measure_id in (" + marks + ")",
                    rs -> {
                        byId.put(rs.getLong(1), rs.getString(2));
                    }, chunk.toArray());
        }
        return measureIds.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** SQL selecting (measure_id, score) of the measures matching the search, and its arguments. */
    private record Match(String score, String from, String where, String idColumn, List<Object> args) {
        String sql() {
            return "select " + idColumn + " as measure_id, " + score + " as score" + from + where;
        }
    }

    private static Match match(CatalogueQuery query) {
        List<String> tokens = Text.tokens(query.text()).stream().distinct().toList();
        StringBuilder score = new StringBuilder();
        StringBuilder from = new StringBuilder();
        StringBuilder where = new StringBuilder();
        List<Object> args = new ArrayList<>();
        String idColumn;
        if (tokens.isEmpty()) {
            idColumn = "e.measure_id";
            score.append("0");
            from.append(" from catalogue_entry e");
            where.append(" where 1=1");
        } else {
            idColumn = "t0.measure_id";
            for (int i = 0; i < tokens.size(); i++) {
                score.append(i == 0 ? "" : " + ").append("t").append(i).append(".weight");
            }
            from.append(" from catalogue_token t0");
            for (int i = 1; i < tokens.size(); i++) {
                from.append(" join catalogue_token t").append(i).append(" on t").append(i)
                        .append(".measure_id = t0.measure_id and t").append(i).append(".token = ?");
                args.add(tokens.get(i));
            }
            where.append(" where t0.token = ?");
            args.add(tokens.getFirst());
        }
        query.filters().forEach((facet, codes) -> {
            where.append(" and exists (select 1 from catalogue_facet f where f.measure_id = ").append(idColumn)
                    .append(" and f.facet = ? and f.code in (")
                    .append(String.join(",", java.util.Collections.nCopies(codes.size(), "?"))).append("))");
            args.add(facet.name());
            args.addAll(codes);
        });
        return new Match(score.toString(), from.toString(), where.toString(), idColumn, args);
    }

    /**
     * The database-only form of a search (text tokens ANDed, facet values ORed within a facet), used as the
     * baseline in the benchmark and to cross-check the in-memory index: measure id -> score, best first.
     */
    LinkedHashMap<Long, Integer> searchDirect(CatalogueQuery query, int limit) {
        Match match = match(query);
        LinkedHashMap<Long, Integer> result = new LinkedHashMap<>();
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement(match.sql() + " order by score desc, " + match.idColumn() + " desc");
            for (int i = 0; i < match.args().size(); i++) {
                ps.setObject(i + 1, match.args().get(i));
            }
            ps.setMaxRows(limit);
            return ps;
        }, rs -> {
            result.put(rs.getLong(1), rs.getInt(2));
        });
        return result;
    }

    /** What a database-backed search page needs: total, the page's rows, the facet counts (benchmark baseline). */
    record DirectPage(int total, List<String> titles, Map<String, Integer> facetCounts) {
    }

    DirectPage searchPageDirect(CatalogueQuery query, int limit) {
        Match match = match(query);
        Object[] args = match.args().toArray();
        Integer total = jdbc.queryForObject("select count(*)" + match.from() + match.where(), Integer.class, args);
        List<Long> ids = new ArrayList<>(searchDirect(query, limit).keySet());
        List<String> titles = new ArrayList<>();
        if (!ids.isEmpty()) {
            String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
            jdbc.query("select measure_id, title, party_name, cycle_code, published_at from catalogue_entry"
                    + " where measure_id in (" + marks + ")", rs -> {
                        titles.add(rs.getString(2));
                    }, ids.toArray());
        }
        // Facet counts as one join driven by the token index (a derived table here makes H2 re-run it per row).
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query("select fc.facet, fc.code, count(*)" + match.from()
                + " join catalogue_facet fc on fc.measure_id = " + match.idColumn() + match.where()
                + " group by fc.facet, fc.code", rs -> {
                    counts.put(rs.getString(1) + ":" + rs.getString(2), rs.getInt(3));
                }, args);
        return new DirectPage(total == null ? 0 : total, titles, counts);
    }

    /** Inserts many new entries with one batch per table (the start-up backfill of a large catalogue). */
    void insertAll(List<IndexedMeasure> measures, List<String> snapshots) {
        List<Object[]> entries = new ArrayList<>();
        List<Object[]> facetRows = new ArrayList<>();
        List<Object[]> tokenRows = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            IndexedMeasure m = measures.get(i);
            entries.add(new Object[] {m.measureId(), m.publicationNo(), m.partyId(), m.partyIso(), m.partyName(),
                    m.regionCode(), m.cycleId(), m.cycleCode(), truncate(m.title(), 500),
                    truncate(String.join(AGENCY_SEPARATOR, m.agencies()), 2000), m.evaluation(), m.budgetUsd(),
                    m.publishedAt().atOffset(ZoneOffset.UTC), truncate(m.titleText(), 2000), m.namesText(), m.bodyText(),
                    snapshots.get(i)});
            m.facets().forEach((facet, codes) -> codes.forEach(code -> facetRows.add(
                    new Object[] {m.measureId(), facet.name(), truncate(code, 60)})));
            m.tokenWeights().forEach((token, weight) -> tokenRows.add(new Object[] {token, m.measureId(), weight}));
        }
        jdbc.batchUpdate(INSERT_ENTRY, entries);
        jdbc.batchUpdate("insert into catalogue_facet (measure_id, facet, code) values (?,?,?)", facetRows);
        jdbc.batchUpdate("insert into catalogue_token (token, measure_id, weight) values (?,?,?)", tokenRows);
    }

    private static IndexedMeasure read(ResultSet rs, Map<Facet, Set<String>> facets) throws SQLException {
        String agencies = rs.getString(10);
        BigDecimal budget = rs.getBigDecimal(12);
        OffsetDateTime publishedAt = rs.getObject(13, OffsetDateTime.class);
        return new IndexedMeasure(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getLong(7), rs.getString(8), rs.getString(9),
                agencies == null || agencies.isEmpty() ? List.of() : Arrays.asList(agencies.split(AGENCY_SEPARATOR)),
                rs.getString(11), budget, publishedAt.toInstant(), rs.getString(14), rs.getString(15),
                rs.getString(16), facets);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
