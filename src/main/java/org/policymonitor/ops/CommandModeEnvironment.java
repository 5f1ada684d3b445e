package org.policymonitor.ops;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A backup or restore run is a command, not a server: no web server (so it does not collide with a port in
 * use), no background jobs. Only defaults: anything given on the command line still wins.
 */
class CommandModeEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean command = !environment.getProperty(BackupCommandLine.BACKUP_TO, "").isBlank()
                || !environment.getProperty(BackupCommandLine.RESTORE_FROM, "").isBlank();
        if (command) {
            environment.getPropertySources().addLast(new MapPropertySource("policymonitor-command-mode", Map.of(
                    "spring.main.web-application-type", "none",
                    "flowable.async-executor-activate", "false")));
        }
    }
}
