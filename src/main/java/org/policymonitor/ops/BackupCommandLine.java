package org.policymonitor.ops;

import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Backup and restore from the command line (H2):
 * {@code java -jar policy-monitor.jar --policymonitor.backup.to=FILE} writes the whole database to FILE and exits;
 * {@code java -jar policy-monitor.jar --policymonitor.restore.from=FILE} restores FILE into an empty database and
 * exits. See docs/backup.md.
 */
@Configuration(proxyBeanMethods = false)
class BackupCommandLine {

    static final String BACKUP_TO = "policymonitor.backup.to";
    static final String RESTORE_FROM = "policymonitor.restore.from";
    /** {@code false} keeps the application running after the command (tests). */
    static final String EXIT = "policymonitor.ops.exit-when-done";

    private static final Logger log = LoggerFactory.getLogger(BackupCommandLine.class);

    /**
     * The restore must run before anything touches the empty database: Flyway would create the schema and the
     * demo data loader would fill it. So it runs as soon as the DataSource exists, before the beans that use it.
     */
    @Bean
    @ConditionalOnProperty(RESTORE_FROM)
    static BeanPostProcessor restoreIntoEmptyDatabase(Environment environment) {
        return new BeanPostProcessor() {
            private boolean done;

            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !done) {
                    done = true;
                    Path file = Path.of(environment.getRequiredProperty(RESTORE_FROM));
                    List<String> tables = new DatabaseBackup(dataSource).restore(file);
                    log.info("Restored {} tables from {}", tables.size(), file.toAbsolutePath());
                }
                return bean;
            }
        };
    }

    /** Runs once the application is ready, i.e. after every start-up runner (the demo data loader among them). */
    @Bean
    @ConditionalOnExpression("'${" + BACKUP_TO + ":}' != '' or '${" + RESTORE_FROM + ":}' != ''")
    ApplicationListener<ApplicationReadyEvent> backupOrRestoreCommand(DataSource dataSource, Environment environment) {
        return ready -> {
            String to = environment.getProperty(BACKUP_TO, "");
            if (!to.isBlank()) {
                Path file = Path.of(to);
                List<String> tables = new DatabaseBackup(dataSource).backup(file);
                log.info("Backup of {} tables written to {}", tables.size(), file.toAbsolutePath());
            }
            if (environment.getProperty(EXIT, Boolean.class, true)) {
                System.exit(SpringApplication.exit(ready.getApplicationContext()));
            }
        };
    }
}
