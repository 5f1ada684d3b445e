package org.policymonitor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policymonitor.PolicyMonitorApplication;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.security.AccountService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Two starts of the application on the same H2 file database, as {@code ./mvnw spring-boot:run} does. */
@Tag("own-application")
class RestartKeepsDataTest {

    @TempDir
    Path dataDir;

    @Test
    void aRestartKeepsTheDataAndDoesNotLoadTheDemoDataTwice() {
        long firstMeasures;
        long firstAccounts;
        try (ConfigurableApplicationContext first = start()) {
            firstMeasures = first.getBean(MeasureService.class).count();
            firstAccounts = first.getBean(AccountService.class).count();
        }
        // the five published seed measures, the demo editor's draft and the demo submission
        assertThat(firstMeasures).isEqualTo(DemoDataLoader.SEEDS.size() + 2);
        assertThat(firstAccounts).isEqualTo(DemoDataLoader.ACCOUNTS.size());
        assertThat(dataDir.resolve("policymonitor.mv.db")).exists();

        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(MeasureService.class).count()).isEqualTo(firstMeasures);
            assertThat(second.getBean(AccountService.class).count()).isEqualTo(firstAccounts);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PolicyMonitorApplication.class)
                .run("--server.port=0", "--policymonitor.data-dir=" + dataDir, "--flowable.async-executor-activate=false");
    }
}
