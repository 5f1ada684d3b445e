package org.policymonitor;

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
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
    }
}
