package org.policymonitor.tracking;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.notification.Recipient;
import org.policymonitor.notification.UserDirectory;
import org.policymonitor.security.Role;
import org.policymonitor.workflow.InboxFilter;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.policymonitor.workflow.TaskView;
import org.policymonitor.workflow.WorkflowStep;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' status board. Measures are read with one JDBC query over the measure, party and
 * report tables (read-only; the measure module offers no cross-ministry listing), joined with the time each
 * measure entered its stage ({@link StageEntries}). Overdue: longer than {@code policymonitor.tracking.stage-limit}
 * in a stage, or past the deadline of the Party's report for the cycle; published measures are never overdue.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class StatusBoard {

    private static final String SELECT = """
            select m.id, m.title, m.status, m.party_id, p.name party_name, m.ministry_id, mi.name ministry_name,
                   m.cycle_id, c.code cycle_code, r.due_date, m.updated_at, s.status stage_status, s.entered_at
            from measure m
            join party p on p.id = m.party_id
            left join ministry mi on mi.id = m.ministry_id
            join reporting_cycle c on c.id = m.cycle_id
            left join periodic_report r on r.party_id = m.party_id and r.cycle_id = m.cycle_id
            left join tracking_stage s on s.measure_id = m.id
            where m.status <> 'WITHDRAWN'
            """;

    private final JdbcTemplate jdbc;
    private final SubmissionWorkflow workflow;
    private final UserDirectory directory;
    private final TrackingProperties properties;
    private final Clock clock;

    StatusBoard(JdbcTemplate jdbc, SubmissionWorkflow workflow, UserDirectory directory, TrackingProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.workflow = workflow;
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
    }

    public Board board(BoardFilter filter) {
        Instant now = clock.instant();
        List<TrackedMeasure> all = load(filter, now);
        return new Board(now, filter,
                counts(all, StageCounts.Dimension.PARTY, TrackedMeasure::partyId, TrackedMeasure::partyName),
                counts(all, StageCounts.Dimension.MINISTRY, TrackedMeasure::ministryId,
                        m -> m.ministryName() == null ? "—" : m.partyName() + " — " + m.ministryName()),
                counts(all, StageCounts.Dimension.CYCLE, TrackedMeasure::cycleId, TrackedMeasure::cycleCode),
                all.stream().filter(TrackedMeasure::overdue).toList(), pendingTasks(now));
    }

    /** The measures behind a cell of the board (the drill-down), oldest in their stage first. */
    public List<TrackedMeasure> measures(BoardFilter filter) {
        return load(filter, clock.instant());
    }

    private List<TrackedMeasure> load(BoardFilter filter, Instant now) {
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> args = new ArrayList<>();
        if (filter.partyId() != null) {
            sql.append(" and m.party_id = ?");
            args.add(filter.partyId());
        }
        if (filter.ministryId() != null) {
            sql.append(" and m.ministry_id = ?");
            args.add(filter.ministryId());
        }
        if (filter.cycleId() != null) {
            sql.append(" and m.cycle_id = ?");
            args.add(filter.cycleId());
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<TrackedMeasure> rows = jdbc.query(sql.toString(), (rs, n) -> {
            MeasureStatus status = MeasureStatus.valueOf(rs.getString("status"));
            Timestamp entered = rs.getTimestamp("entered_at");
            Instant enteredAt = entered != null && status.name().equals(rs.getString("stage_status"))
                    ? entered.toInstant() : rs.getTimestamp("updated_at").toInstant();
            Date due = rs.getDate("due_date");
            LocalDate dueDate = due == null ? null : due.toLocalDate();
            Stage stage = Stage.of(status).orElseThrow();
            boolean open = stage != Stage.PUBLISHED;
            return new TrackedMeasure(rs.getLong("id"), rs.getString("title"), rs.getLong("party_id"),
                    rs.getString("party_name"), (Long) rs.getObject("ministry_id", Long.class),
                    rs.getString("ministry_name"), rs.getLong("cycle_id"), rs.getString("cycle_code"), status, stage,
                    enteredAt, dueDate, open && overStageLimit(enteredAt, now),
                    open && dueDate != null && today.isAfter(dueDate));
        }, args.toArray());
        return rows.stream()
                .filter(m -> filter.stage() == null || m.stage() == filter.stage())
                .filter(m -> !filter.overdueOnly() || m.overdue())
                .sorted(Comparator.comparing(TrackedMeasure::enteredStageAt).thenComparing(TrackedMeasure::measureId))
                .toList();
    }

    /** Strictly longer than the limit: a measure exactly at the limit is not yet overdue. */
    private boolean overStageLimit(Instant enteredAt, Instant now) {
        return now.isAfter(enteredAt.plus(properties.stageLimit()));
    }

    private static List<StageCounts> counts(List<TrackedMeasure> measures, StageCounts.Dimension dimension,
            Function<TrackedMeasure, Long> id, Function<TrackedMeasure, String> label) {
        Map<Long, List<TrackedMeasure>> groups = new LinkedHashMap<>();
        for (TrackedMeasure m : measures) {
            if (id.apply(m) != null) {
                groups.computeIfAbsent(id.apply(m), k -> new ArrayList<>()).add(m);
            }
        }
        List<StageCounts> rows = new ArrayList<>();
        groups.forEach((key, group) -> {
            Map<Stage, Long> counts = new EnumMap<>(Stage.class);
            group.forEach(m -> counts.merge(m.stage(), 1L, Long::sum));
            rows.add(new StageCounts(dimension, key, label.apply(group.getFirst()), counts,
                    group.stream().filter(TrackedMeasure::overdue).count()));
        });
        rows.sort(Comparator.comparing(StageCounts::label));
        return rows;
    }

    /**
     * Open review and sign-off tasks per user: a claimed task counts for its holder, an unclaimed one for
     * every reviewer (or evaluator) of the measure's Party, since each of them can take it.
     */
    private List<PendingTasks> pendingTasks(Instant now) {
        Map<Long, Long> partyOfMeasure = new LinkedHashMap<>();
        jdbc.query("select id, party_id from measure where status in ('SUBMITTED', 'IN_REVIEW', 'AWAITING_PARTNERS', "
                + "'AWAITING_SIGN_OFF')", rs -> {
                    partyOfMeasure.put(rs.getLong("id"), rs.getLong("party_id"));
                });
        Map<String, long[]> perUser = new LinkedHashMap<>();
        Map<String, Recipient> users = new LinkedHashMap<>();
        Map<String, Role> roles = new LinkedHashMap<>();
        for (TaskView task : workflow.inbox(InboxFilter.all())) {
            Role role = task.step() == WorkflowStep.REVIEW ? Role.REVIEWER
                    : task.step() == WorkflowStep.SIGN_OFF ? Role.EVALUATOR : null;
            if (role == null) {
                continue;
            }
            List<Recipient> holders = task.assignee() != null
                    ? directory.user(task.assignee()).stream().toList()
                    : directory.ofParty(role, partyOfMeasure.get(task.measureId()));
            for (Recipient holder : holders) {
                String key = role + "/" + holder.username();
                users.put(key, holder);
                roles.put(key, role);
                long[] counts = perUser.computeIfAbsent(key, k -> new long[2]);
                counts[0]++;
                if (task.overdue(now)) {
                    counts[1]++;
                }
            }
        }
        List<PendingTasks> result = new ArrayList<>();
        perUser.forEach((key, counts) -> result.add(new PendingTasks(users.get(key).username(),
                users.get(key).displayName(), roles.get(key), counts[0], counts[1])));
        result.sort(Comparator.comparing(PendingTasks::role).thenComparing(PendingTasks::username,
                Comparator.nullsLast(Comparator.naturalOrder())));
        return result;
    }
}
