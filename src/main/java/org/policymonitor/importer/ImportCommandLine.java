package org.policymonitor.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.policymonitor.party.Party;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.party.ReportingCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Bulk import of a folder from the command line:
 * {@code --policymonitor.import.folder=DIR --policymonitor.import.party=MN --policymonitor.import.cycle=2020-2023
 * [--policymonitor.import.as=PUBLISHED|DRAFT]}. Prints one line per record and a summary.
 */
@Component
@ConditionalOnProperty("policymonitor.import.folder")
class ImportCommandLine implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportCommandLine.class);

    private final ImportService imports;
    private final ReferenceData referenceData;
    private final Environment environment;

    ImportCommandLine(ImportService imports, ReferenceData referenceData, Environment environment) {
        this.imports = imports;
        this.referenceData = referenceData;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        Path folder = Path.of(environment.getRequiredProperty("policymonitor.import.folder"));
        Party party = referenceData.partyByIso(environment.getRequiredProperty("policymonitor.import.party")
                .toUpperCase(Locale.ROOT)).orElseThrow(() -> new IllegalArgumentException("Unknown Party"));
        ReportingCycle cycle = referenceData.cycleByCode(environment.getRequiredProperty("policymonitor.import.cycle"))
                .orElseThrow(() -> new IllegalArgumentException("Unknown reporting cycle"));
        ImportTarget target = ImportTarget.valueOf(environment.getProperty("policymonitor.import.as", "PUBLISHED")
                .toUpperCase(Locale.ROOT));

        List<ImportCandidate> candidates = imports.readFiles(files(folder));
        log.info("Import of {}: {} records read", folder, candidates.size());
        List<ImportOutcome> outcomes = imports.commitCandidates(candidates,
                new ImportService.ImportSettings(party.getId(), cycle.getId(), null, target), "import-cli",
                done -> {
                    if (done % 100 == 0) {
                        log.info("Import progress: {}/{}", done, candidates.size());
                    }
                });
        Map<ImportOutcome.Result, Integer> summary = new TreeMap<>();
        for (int i = 0; i < outcomes.size(); i++) {
            ImportOutcome outcome = outcomes.get(i);
            summary.merge(outcome.result(), 1, Integer::sum);
            log.info("{} {} \"{}\" warnings={}", outcome.result(), outcome.sourceName(), outcome.title(),
                    candidates.get(i).report().warnings().size());
        }
        log.info("Import finished: {}", summary);
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
