package org.policymonitor.ops;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * A backup or restore run is a command, not a server: its web server takes any free port (so it does not
 * collide with an instance on the usual port; Vaadin's security setup needs a servlet context, so there is a
 * web server), and no background jobs run. These beat application.properties; the command line and the
 * environment still win.
 */
class CommandModeEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean command = !environment.getProperty(BackupCommandLine.BACKUP_TO, "").isBlank()
                || !environment.getProperty(BackupCommandLine.RESTORE_FROM, "").isBlank();
        if (command) {
            MapPropertySource defaults = new MapPropertySource("policymonitor-command-mode", Map.of(
                    "server.port", "0",
                    "flowable.async-executor-activate", "false"));
            if (environment.getPropertySources().contains(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
                environment.getPropertySources().addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, defaults);
            } else {
                environment.getPropertySources().addFirst(defaults);
            }
        }
    }
}
