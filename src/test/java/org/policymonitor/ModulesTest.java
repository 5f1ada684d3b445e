package org.policymonitor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Spring Modulith's view of the modules (each package under {@code org.policymonitor}): no cycles, and no module
 * uses another's internal types. Also writes the module documentation into {@code docs/modules} (a C4 component
 * diagram of the whole, one per module, and a canvas per module); the files are committed, so a changed
 * dependency shows in the diff.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(PolicyMonitorApplication.class);

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
        stableOrder(Path.of("docs/modules"));
    }

    /** Modulith lists relations and components in hash order: sorted, an unchanged model gives unchanged files. */
    private static void stableOrder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                List<String> lines = new ArrayList<>(Files.readAllLines(file));
                for (int start = 0; start < lines.size(); start++) {
                    String kind = kind(lines.get(start));
                    int end = start;
                    while (kind != null && end < lines.size() && kind.equals(kind(lines.get(end)))) {
                        end++;
                    }
                    if (end > start) {
                        lines.subList(start, end).sort(null);
                        start = end;
                    }
                }
                Files.write(file, lines);
            }
        }
    }

    private static String kind(String line) {
        String trimmed = line.strip();
        return trimmed.startsWith("Rel(") ? "Rel" : trimmed.startsWith("Component(") ? "Component" : null;
    }
}
