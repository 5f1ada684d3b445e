package org.policymonitor.importer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ImporterConfiguration {

    /** The parser is plain Java (used as such by the benchmark and unit tests); the app shares one instance. */
    @Bean
    MeasureTextParser measureTextParser() {
        return new MeasureTextParser(ImportVocabulary.load());
    }
}
