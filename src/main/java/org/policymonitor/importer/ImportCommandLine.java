package org.policymonitor.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.policymonitor.party.Party;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.party.ReportingCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Bulk import of a folder from the command line (see README, "Bulk import"):
 * {@code --policymonitor.import.folder=DIR [--policymonitor.import.dry-run=true [--policymonitor.import.report=FILE]]
 * [--policymonitor.import.party=MN] [--policymonitor.import.cycle=2020-2023] [--policymonitor.import.as=DRAFT]
 * [--policymonitor.import.create-ministries=true]}. Runs once the application is ready (after the reference data
 * is loaded on a fresh data directory), prints every warning, then exits: 0 when every file was read, 1 when one
 * was not, 2 when the command itself is wrong.
 */
@Component
@ConditionalOnProperty(ImportCommandEnvironment.FOLDER)
class ImportCommandLine {

    static final String EXIT = "policymonitor.import.exit-when-done";
    private static final Logger log = LoggerFactory.getLogger(ImportCommandLine.class);

    private final ImportService imports;
    private final ReferenceData referenceData;
    private final Environment environment;

    ImportCommandLine(ImportService imports, ReferenceData referenceData, Environment environment) {
        this.imports = imports;
        this.referenceData = referenceData;
        this.environment = environment;
    }

    @EventListener
    void onReady(ApplicationReadyEvent ready) {
        int status;
        try {
            status = run();
        } catch (IllegalArgumentException | UncheckedIOException wrong) {
            log.error("Import not run: {}", wrong.getMessage());
            status = 2;
        }
        log.info("Import command finished with exit status {}", status);
        if (environment.getProperty(EXIT, Boolean.class, true)) {
            int exit = status;
            System.exit(SpringApplication.exit(ready.getApplicationContext(), () -> exit));
        }
    }

    int run() {
        Path folder = Path.of(environment.getRequiredProperty(ImportCommandEnvironment.FOLDER));
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("No such folder: " + folder.toAbsolutePath());
        }
        boolean dryRun = environment.getProperty(ImportCommandEnvironment.DRY_RUN, Boolean.class, false);
        List<ImportCandidate> candidates = imports.readFiles(files(folder));
        log.info("Import of {}: {} records read", folder, candidates.size());
        for (ImportCandidate candidate : candidates) {
            for (ImportIssue issue : candidate.report().issues()) {
                log.warn("{}: {} {}", candidate.sourceName(), issue.severity(), DryRunReport.withDetail(issue));
            }
        }
        boolean allRead = candidates.stream().allMatch(ImportCandidate::importable);
        if (dryRun) {
            writeReport(candidates);
            return allRead ? 0 : 1;
        }
        return commit(candidates) && allRead ? 0 : 1;
    }

    private void writeReport(List<ImportCandidate> candidates) {
        String report = environment.getProperty(ImportCommandEnvironment.REPORT, "");
        List<String> lines = DryRunReport.lines(candidates);
        if (report.isBlank()) {
            PrintStream out = ImportCommandEnvironment.standardOutput;
            lines.forEach(out::println);
            out.flush();
            return;
        }
        try {
            Path file = Path.of(report);
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.write(file, lines, StandardCharsets.UTF_8);
            log.info("Dry run report of {} records written to {}", lines.size(), file.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean commit(List<ImportCandidate> candidates) {
        String partyIso = environment.getProperty("policymonitor.import.party", "");
        Long partyId = null;
        if (!partyIso.isBlank()) {
            partyId = referenceData.partyByIso(partyIso.toUpperCase(Locale.ROOT)).map(Party::getId)
                    .orElseThrow(() -> new IllegalArgumentException("Unknown Party: " + partyIso));
        }
        ReportingCycle cycle = referenceData.cycleByCode(environment.getProperty("policymonitor.import.cycle", ""))
                .orElseThrow(() -> new IllegalArgumentException("Unknown reporting cycle: "
                        + environment.getProperty("policymonitor.import.cycle", "(none given)")));
        ImportTarget target = ImportTarget.valueOf(environment.getProperty("policymonitor.import.as", "PUBLISHED")
                .toUpperCase(Locale.ROOT));
        ImportService.ImportSettings settings = new ImportService.ImportSettings(partyId, cycle.getId(), null, target);
        Map<String, RecordChoice> choices = new TreeMap<>();
        if (environment.getProperty("policymonitor.import.create-ministries", Boolean.class, false)) {
            for (ImportCandidate candidate : candidates) {
                Long party = partyId != null ? partyId
                        : referenceData.partyByIso(String.valueOf(candidate.partyIso())).map(Party::getId).orElse(null);
                Optional<ImportService.MinistryProposal> proposal = imports.ministryProposal(candidate, party);
                proposal.filter(p -> p.existing() == null).ifPresent(p ->
                        choices.put(candidate.sourceName(), new RecordChoice(null, null, null, p.proposedName())));
            }
        }
        List<ImportOutcome> outcomes = imports.commitCandidates(candidates, settings, choices, "import-cli", done -> {
            if (done % 100 == 0) {
                log.info("Import progress: {}/{}", done, candidates.size());
            }
        });
        Map<ImportOutcome.Result, Integer> summary = new TreeMap<>();
        for (ImportOutcome outcome : outcomes) {
            summary.merge(outcome.result(), 1, Integer::sum);
            log.info("{} {} \"{}\"{}", outcome.result(), outcome.sourceName(), outcome.title(),
                    outcome.detail() == null ? "" : " " + outcome.detail());
        }
        log.info("Import finished: {} (batch {})", summary, outcomes.isEmpty() ? "-" : outcomes.getFirst().batchId());
        return outcomes.stream().noneMatch(o -> o.result() == ImportOutcome.Result.REJECTED);
    }

    private static List<ImportFile> files(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            List<ImportFile> files = new ArrayList<>();
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                files.add(new ImportFile(folder.relativize(path).toString(), Files.readAllBytes(path)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
