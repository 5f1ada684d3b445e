package org.policymonitor.tracking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.policymonitor.measure.MeasureListing;
import org.policymonitor.measure.MeasureStatus;
import org.policymonitor.notification.Recipient;
import org.policymonitor.party.Ministry;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.report.ReportDeadlines;
import org.policymonitor.party.ReportingCycle;
import org.policymonitor.notification.UserDirectory;
import org.policymonitor.security.Role;
import org.policymonitor.workflow.InboxFilter;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.policymonitor.workflow.TaskView;
import org.policymonitor.workflow.WorkflowStep;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' status board. Measures come from the measure module ({@link MeasureListing}), the names of
 * their Party, ministry and cycle and the report deadlines from the party module, joined here with the time each
 * measure entered its stage (this module's {@link StageEntries}). Overdue: longer than
 * {@code policymonitor.tracking.stage-limit} in a stage, or past the deadline of the Party's report for the cycle;
 * published measures are never overdue.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class StatusBoard {

    /** Every status but WITHDRAWN: a withdrawn measure leaves the board. */
    private static final Set<MeasureStatus> ON_THE_BOARD = EnumSet.complementOf(EnumSet.of(MeasureStatus.WITHDRAWN));
    private static final Set<MeasureStatus> WITH_PENDING_TASKS = EnumSet.of(MeasureStatus.SUBMITTED,
            MeasureStatus.IN_REVIEW, MeasureStatus.AWAITING_PARTNERS, MeasureStatus.AWAITING_SIGN_OFF);

    private final MeasureListing measures;
    private final ReferenceData referenceData;
    private final ReportDeadlines deadlines;
    private final StageEntries stages;
    private final SubmissionWorkflow workflow;
    private final UserDirectory directory;
    private final TrackingProperties properties;
    private final Clock clock;

    StatusBoard(MeasureListing measures, ReferenceData referenceData, ReportDeadlines deadlines, StageEntries stages,
            SubmissionWorkflow workflow, UserDirectory directory, TrackingProperties properties, Clock clock) {
        this.measures = measures;
        this.referenceData = referenceData;
        this.deadlines = deadlines;
        this.stages = stages;
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

    /**
     * Each Party's periodic report (of the filter's cycle, or all), late ones first, then by Party and cycle.
     */
    public List<TrackedReport> reports(BoardFilter filter) {
        Map<Long, String> parties = referenceData.parties().stream()
                .collect(Collectors.toMap(Party::getId, Party::getName));
        Map<Long, String> cycles = referenceData.cycles().stream()
                .collect(Collectors.toMap(ReportingCycle::getId, ReportingCycle::getCode));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return deadlines.states(filter.cycleId(), today).stream()
                .filter(r -> !filter.overdueOnly() || r.late())
                .map(r -> new TrackedReport(r.reportId(), r.partyId(), parties.get(r.partyId()), r.cycleId(),
                        cycles.get(r.cycleId()), r.status(), r.dueDate(), r.late()))
                .sorted(Comparator.comparing(TrackedReport::late).reversed()
                        .thenComparing(TrackedReport::partyName, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(TrackedReport::cycleCode, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** The measures behind a cell of the board (the drill-down), oldest in their stage first. */
    public List<TrackedMeasure> measures(BoardFilter filter) {
        return load(filter, clock.instant());
    }

    private List<TrackedMeasure> load(BoardFilter filter, Instant now) {
        Map<Long, String> parties = referenceData.parties().stream()
                .collect(Collectors.toMap(Party::getId, Party::getName));
        Map<Long, String> ministries = referenceData.ministries().stream()
                .collect(Collectors.toMap(Ministry::getId, Ministry::getName));
        Map<Long, String> cycles = referenceData.cycles().stream()
                .collect(Collectors.toMap(ReportingCycle::getId, ReportingCycle::getCode));
        Map<List<Long>, LocalDate> due = new HashMap<>();
        deadlines.all().forEach(d -> due.put(List.of(d.partyId(), d.cycleId()), d.dueDate()));
        Map<Long, StageEntries.Entered> entered = stages.all();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<TrackedMeasure> rows = new ArrayList<>();
        for (MeasureListing.Listed m : measures.inStatuses(ON_THE_BOARD, filter.partyId(), filter.ministryId(),
                filter.cycleId())) {
            StageEntries.Entered stage = entered.get(m.id());
            Instant enteredAt = stage != null && stage.status() == m.status() ? stage.at() : m.updatedAt();
            LocalDate dueDate = due.get(List.of(m.partyId(), m.cycleId()));
            Stage boardStage = Stage.of(m.status()).orElseThrow();
            boolean open = boardStage != Stage.PUBLISHED;
            rows.add(new TrackedMeasure(m.id(), m.title(), m.partyId(), parties.get(m.partyId()), m.ministryId(),
                    m.ministryId() == null ? null : ministries.get(m.ministryId()), m.cycleId(), cycles.get(m.cycleId()),
                    m.status(), boardStage, enteredAt, dueDate, open && overStageLimit(enteredAt, now),
                    open && dueDate != null && today.isAfter(dueDate)));
        }
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
        Map<Long, Long> partyOfMeasure = new HashMap<>();
        measures.inStatuses(WITH_PENDING_TASKS, null, null, null).forEach(m -> partyOfMeasure.put(m.id(), m.partyId()));
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
