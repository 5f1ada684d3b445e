package org.policymonitor.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.policymonitor.catalogue.CatalogueQuery;
import org.policymonitor.catalogue.Facet;
import org.policymonitor.importer.ImportCandidate;
import org.policymonitor.importer.ImportFile;
import org.policymonitor.importer.ImportService;
import org.policymonitor.importer.ImportTarget;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureFilter;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.PublishedMeasure;
import org.policymonitor.notification.NotificationPreferences;
import org.policymonitor.notification.NotificationService;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.testsupport.SignedIn;
import org.policymonitor.tracking.BoardFilter;
import org.policymonitor.tracking.SubmissionFixtures;
import org.policymonitor.vocabulary.VocabularyKind;
import org.policymonitor.vocabulary.VocabularyService;
import org.policymonitor.workflow.Decision;
import org.policymonitor.workflow.InboxFilter;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.policymonitor.workflow.WorkflowStep;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The arguments of each matrix call: real objects of the sample scope from {@link AccessMatrixFixtures}, chosen
 * by the method and by parameter type and name. A task id is the open task of the column's own step; a measure is
 * one whose status the call needs (a draft to edit, a measure in review to approve, one awaiting sign-off to
 * publish). Some calls need a state first ({@link #of}): a task to hand back is claimed by the sample scope's user
 * of that step, a review to start needs a submitted measure. All of it runs in the call's rolled-back transaction.
 */
final class MatrixArguments {

    private final AccessMatrixFixtures fixtures;
    private final AccessMatrixFixtures.ScopeObjects sample;
    private final MeasureService measures;
    private Long freshPublication;
    private final ReferenceData referenceData;
    private final VocabularyService vocabulary;
    private final Clock clock;
    private final List<ImportCandidate> importCandidates;
    private final List<ImportFile> importFiles;
    private final PublishedMeasure published;
    private final AccountService accounts;
    private final ImportService imports;
    private final SubmissionWorkflow workflow;
    private final Long reviewersNotification;
    private MatrixAnnexes annexes;
    private MatrixReports reports;

    MatrixArguments(AccessMatrixFixtures fixtures, MeasureService measures, ReferenceData referenceData,
            ImportService imports, VocabularyService vocabulary, Clock clock, AccountService accounts,
            SubmissionWorkflow workflow, NotificationService notifications) {
        this.fixtures = fixtures;
        this.imports = imports;
        this.sample = fixtures.sample;
        this.measures = measures;
        this.referenceData = referenceData;
        this.vocabulary = vocabulary;
        this.clock = clock;
        this.accounts = accounts;
        this.workflow = workflow;
        importFiles = List.of(new ImportFile("matrix.txt", seed()));
        importCandidates = SignedIn.as(accounts, "m.admin", () -> imports.read(importFiles));
        published = measures.currentPublications().getFirst();
        // the sample reviewer was told of the review tasks the fixtures opened
        reviewersNotification = SignedIn.as(accounts, "m.reviewer", notifications::mine).getFirst().id();
    }

    private static byte[] seed() {
        return seedTitled("Matrix import");
    }

    private static byte[] seedTitled(String title) {
        try (InputStream in = MatrixArguments.class.getResourceAsStream("/seeds/000_b7b0f3b7321af515.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceFirst("Culture Internationalisation Policy", title)
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The step whose task the column works on: reviewers review, partners confirm, evaluators sign off. */
    static WorkflowStep stepOf(String column) {
        if (column.startsWith("partner")) {
            return WorkflowStep.PARTNER_CONFIRMATION;
        }
        if (column.startsWith("evaluator")) {
            return WorkflowStep.SIGN_OFF;
        }
        return WorkflowStep.REVIEW;
    }

    private static String sampleUserOf(WorkflowStep step) {
        return switch (step) {
            case PARTNER_CONFIRMATION -> "m.partner";
            case SIGN_OFF -> "m.evaluator";
            default -> "m.reviewer";
        };
    }

    MatrixArguments withReports(org.policymonitor.report.PeriodicReports periodicReports,
            org.policymonitor.workflow.ReportSubmissions submissions) {
        reports = new MatrixReports(periodicReports, submissions, measures, referenceData, accounts);
        return this;
    }

    MatrixArguments withAnnexes(org.policymonitor.annex.AnnexService annexService,
            org.springframework.jdbc.core.JdbcTemplate jdbc) {
        annexes = new MatrixAnnexes(annexService, accounts, jdbc, sample.draft(), published.measureId());
        return this;
    }

    /** Prepares what the call needs (signed in as whoever must do it) and returns its arguments. */
    Object[] of(String signature, String column, Parameter[] parameters) {
        WorkflowStep step = stepOf(column);
        String task = sample.task(step);
        switch (signature) {
            case "SubmissionWorkflow.unclaim(String)" -> SignedIn.as(accounts, sampleUserOf(step), () -> {
                workflow.claim(task);
                return null;
            });
            case "MeasureLifecycle.startReview(Long;String)" -> measures.find(sample.draft()).orElseThrow()
                    .submit("matrix", clock.instant()); // flushed in the call's transaction, no workflow started
            case "MeasureEditing.startRevision(Long)" -> freshPublication = measures.importAsPublished(
                    sample.party().getId(), sample.ministry().getId(), fixtures.currentCycle.getId(), FormVersion.FORM_2020,
                    SubmissionFixtures.content("Matrix revision " + System.nanoTime(), List.of()), false, "matrix")
                    .measureId(); // a published measure of the sample ministry for each call: a revision takes it back
            default -> {
            }
        }
        SecurityContextHolder.clearContext();
        Object[] values = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            values[i] = value(signature, column, step, parameters[i]);
        }
        return values;
    }

    private Object value(String signature, String column, WorkflowStep step, Parameter parameter) {
        String name = parameter.getName().toLowerCase(Locale.ROOT);
        Class<?> type = parameter.getType();
        String method = signature.substring(0, signature.indexOf('('));
        if (MatrixReports.handles(method, name)) {
            return reports.value(method, name);
        }
        if (MatrixAnnexes.handles(type, method, name)) {
            return annexes.value(type, method, name);
        }
        if (type == Long.class || type == long.class) {
            return longValue(method, name, type);
        }
        if (type == String.class) {
            return stringValue(method, name, column, step);
        }
        if (type == int.class || type == Integer.class) {
            return switch (name) {
                case "limit", "size" -> 10;
                case "publicationno" -> 1;
                case "startyear" -> fixtures.currentCycle.getStartYear();
                case "endyear" -> fixtures.currentCycle.getEndYear();
                default -> 0;
            };
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == Decision.class) {
            return step.decisions().getFirst();
        }
        if (type == FormVersion.class) {
            return FormVersion.FORM_2020;
        }
        if (type == MeasureContent.class) {
            return SubmissionFixtures.content("Matrix content", List.of());
        }
        if (type == Scope.class) {
            return Scope.ministry(sample.ministry().getId(), sample.party().getId());
        }
        if (type == Set.class) {
            return Set.of(Role.EDITOR);
        }
        if (type == Collection.class) {
            return Set.of("GOVERNANCE");
        }
        if (type == List.class) {
            return method.equals("ImportService.read") ? importFiles : importCandidates;
        }
        if (type == Locale.class) {
            return Locale.ENGLISH;
        }
        if (type == LocalDate.class) {
            return LocalDate.now(clock).plusDays(30);
        }
        if (type == VocabularyKind.class) {
            return VocabularyKind.GOAL;
        }
        if (type == Facet.class) {
            return Facet.PARTY;
        }
        if (type == Function.class) {
            return Function.identity();
        }
        if (type == IntConsumer.class) {
            return (IntConsumer) done -> { };
        }
        if (type == MeasureFilter.class) {
            return MeasureFilter.any();
        }
        if (type == Sort.class) {
            return Sort.unsorted();
        }
        if (type == InboxFilter.class) {
            return InboxFilter.all();
        }
        if (type == BoardFilter.class) {
            return BoardFilter.all();
        }
        if (type == CatalogueQuery.class) {
            return CatalogueQuery.all();
        }
        if (type == SecurityEventQuery.class) {
            return SecurityEventQuery.all();
        }
        if (type == org.policymonitor.audit.AuditQuery.class) {
            return org.policymonitor.audit.AuditQuery.all();
        }
        if (type == NotificationPreferences.class) {
            return new NotificationPreferences("fr", Set.of());
        }
        if (type == NewUser.class) {
            return new NewUser("matrix.invited", "Invited", "invited@example.org", Set.of(Role.EDITOR),
                    Scope.ministry(sample.ministry().getId(), sample.party().getId()));
        }
        if (type == ImportService.ImportSettings.class) {
            return new ImportService.ImportSettings(sample.party().getId(), fixtures.earlierCycle.getId(), null,
                    ImportTarget.DRAFT);
        }
        if (type == org.policymonitor.party.Party.class) {
            return sample.party();
        }
        if (type == org.policymonitor.party.ReportingCycle.class) {
            return fixtures.currentCycle;
        }
        if (type == ImportCandidate.class) {
            return importCandidates.getFirst();
        }
        if (type == Map.class) {
            return Map.of();
        }
        throw new IllegalStateException("No matrix argument for " + type.getSimpleName() + " " + parameter.getName()
                + " of " + signature);
    }

    private Object longValue(String method, String name, Class<?> type) {
        if (method.equals("MeasureService.createContribution") && name.equals("organisationid")) {
            return sample.civilSociety().getId();
        }
        if (name.contains("ministry")) {
            return sample.ministry().getId();
        }
        if (name.contains("partner") || name.contains("organisation")) {
            return sample.organisation().getId();
        }
        if (name.contains("party")) {
            return sample.party().getId();
        }
        if (name.contains("cycle")) {
            return fixtures.currentCycle.getId();
        }
        if (name.equals("notificationid")) {
            return reviewersNotification;
        }
        if (name.equals("loadedversion")) {
            return measures.find(sample.draft()).orElseThrow().getVersion();
        }
        if (name.contains("measure") || name.contains("source")) {
            return switch (method) {
                case "MeasureEditing.carryForward" -> sample.earlierDraft();
                case "MeasureEditing.startRevision" -> freshPublication;
                case "MeasureService.publish", "MeasureLifecycle.publish" -> sample.awaitingSignOff();
                case "MeasureLifecycle.approveReview", "MeasureLifecycle.returnToEditor",
                        "MeasureLifecycle.cancelSubmission", "SubmissionWorkflow.cancel", "SubmissionWorkflow.overview",
                        "SubmissionWorkflow.timeline", "SubmissionWorkflow.diagram" -> sample.inReview();
                case "MeasureLifecycle.confirmPartners" -> sample.awaitingPartner();
                case "CatalogueService.measure", "CatalogueService.versions", "CatalogueService.version" ->
                        published.measureId();
                case "AuditTrail.recordAdminAction" -> sample.draft();
                default -> sample.draft();
            };
        }
        if (name.equals("id") || name.contains("user")) {
            return accounts.find("m.editor").orElseThrow().id();
        }
        throw new IllegalStateException("No matrix argument for " + type.getSimpleName() + " " + name + " of " + method);
    }

    /** A real import batch of drafts (a new one per call, so an administrator's undo always has one to undo). */
    private String draftImportBatch() {
        ImportService.ImportSettings settings = new ImportService.ImportSettings(sample.party().getId(),
                fixtures.currentCycle.getId(), sample.ministry().getId(), ImportTarget.DRAFT);
        List<ImportCandidate> fresh = SignedIn.as(accounts, "m.admin", () -> imports.read(List.of(
                new ImportFile("matrix-batch.txt", seedTitled("Matrix batch " + System.nanoTime())))));
        return SignedIn.as(accounts, "m.admin", () -> imports.commit(fresh, settings, "m.admin", done -> { }))
                .getFirst().batchId();
    }

    private String stringValue(String method, String name, String column, WorkflowStep step) {
        if (name.equals("taskid")) {
            return sample.task(step);
        }
        if (name.equals("batchid")) {
            return draftImportBatch();
        }
        if (method.equals("AccountService.changeOwnPassword")) {
            return name.equals("currentpassword") ? AccessMatrixFixtures.PASSWORD : "Matrix-changed-passw0rd-2026";
        }
        if (method.equals("AccountService.createUser")) {
            return switch (name) {
                case "username" -> "matrix.created";
                case "email" -> "created@example.org";
                case "rawpassword" -> "Matrix-created-passw0rd";
                default -> "Created by the matrix";
            };
        }
        if (name.equals("organisationname")) {
            return sample.civilSociety().getName();
        }
        if (name.contains("user") && method.equals("SubmissionWorkflow.reassign")) {
            return "m.reviewer";
        }
        if (name.contains("user")) {
            return "m.editor";
        }
        return switch (name) {
            case "actor" -> "matrix";
            case "reason", "comment", "detail" -> "A reason given by the access matrix";
            case "languagetag", "language" -> "fr";
            case "isocode", "iso", "partyiso" -> sample.party().getIsoCode();
            case "cycle", "cyclecode" -> fixtures.currentCycle.getCode();
            case "code" -> switch (method) {
                case "ReferenceData.cycleByCode" -> fixtures.currentCycle.getCode();
                case "CatalogueService.label" -> sample.party().getIsoCode();
                default -> vocabulary.terms(VocabularyKind.GOAL).getFirst().code();
            };
            case "name" -> method.equals("ReferenceData.ministryOf") ? sample.ministry().getName()
                    : sample.organisation().getName();
            case "entitytype" -> "CIVIL_SOCIETY";
            case "formversion" -> FormVersion.FORM_2020.name();
            case "title" -> "Matrix title";
            case "action" -> "MATRIX_CHECK";
            case "displayname" -> "Matrix";
            case "email" -> "matrix@example.org";
            default -> throw new IllegalStateException("No matrix argument for String " + name + " of " + method);
        };
    }

    /** What a successful call left outside the database (a backup file). */
    void cleanUp(Object result) {
        if (result instanceof Path file) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A REST path with the sample's values: a published measure, its first version, the sample Party and cycle. */
    String path(String pattern) {
        return pattern.replace("{measureId}", String.valueOf(published.measureId()))
                .replace("{publicationNo}", "1")
                .replace("{isoCode}", referenceData.party(published.partyId()).orElseThrow().getIsoCode())
                .replace("{cycle}", referenceData.cycle(published.cycleId()).orElseThrow().getCode())
                .replace("{reportId}", String.valueOf(reports.acceptedReport()))
                .replace("{annexId}", String.valueOf(annexes.publishedAnnex()))
                .replace("{format}", "csv")
                .replace("{kind}", VocabularyKind.GOAL.name().toLowerCase(Locale.ROOT));
    }
}
