package org.policymonitor.importer;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnNotWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ImporterConfiguration {

    /** The web security filter chain Vaadin sets up needs a servlet context; the import command has none. */
    static final String WEB_FILTER_CHAIN = "securityFilterChain";

    /** The parser is plain Java (used as such by the benchmark and unit tests); the app shares one instance. */
    @Bean
    MeasureTextParser measureTextParser() {
        return new MeasureTextParser(ImportVocabulary.load());
    }

    /**
     * The import command runs without a web server ({@link ImportCommandEnvironment}): the HTTP filter chain, which
     * only a web server would use, is left out (method security, which guards the services, stays).
     */
    @Bean
    @ConditionalOnProperty(ImportCommandEnvironment.FOLDER)
    @ConditionalOnNotWebApplication
    static BeanDefinitionRegistryPostProcessor withoutWebFilterChain() {
        return new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                if (registry.containsBeanDefinition(WEB_FILTER_CHAIN)) {
                    registry.removeBeanDefinition(WEB_FILTER_CHAIN);
                }
            }
        };
    }
}
