package org.policymonitor.importer;

import java.io.PrintStream;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * An import from the command line is a command, not a server: no web server, no background jobs. In a dry run
 * that writes its JSON lines to standard output, the log goes to standard error, so that standard output holds
 * nothing but the JSON lines. These defaults come before application.properties; the command line still wins.
 */
class ImportCommandEnvironment implements EnvironmentPostProcessor {

    static final String FOLDER = "policymonitor.import.folder";
    static final String DRY_RUN = "policymonitor.import.dry-run";
    static final String REPORT = "policymonitor.import.report";

    /** Standard output as it was before the log was moved to standard error (the dry run writes here). */
    static volatile PrintStream standardOutput = System.out;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty(FOLDER, "").isBlank()) {
            return;
        }
        MapPropertySource defaults = new MapPropertySource("policymonitor-import-command", Map.of(
                "spring.main.web-application-type", "none",
                "spring.main.banner-mode", "off",
                "flowable.async-executor-activate", "false",
                // Vaadin's set-up needs a web application context; the command has none and shows no views
                "spring.autoconfigure.exclude", "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration"));
        if (environment.getPropertySources().contains(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
            environment.getPropertySources().addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, defaults);
        } else {
            environment.getPropertySources().addFirst(defaults);
        }
        application.setWebApplicationType(org.springframework.boot.WebApplicationType.NONE);
        boolean jsonToStandardOutput = environment.getProperty(DRY_RUN, Boolean.class, false)
                && environment.getProperty(REPORT, "").isBlank();
        if (jsonToStandardOutput && System.out != System.err) {
            standardOutput = System.out;
            System.setOut(System.err);
        }
    }
}
