package org.policymonitor.shared;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.spring.SpringServlet;

import jakarta.servlet.MultipartConfigElement;

/**
 * Vaadin registers its servlet with a multipart configuration without limits, so uploads to it ignore
 * {@code spring.servlet.multipart.max-file-size} and {@code max-request-size}. This gives the Vaadin
 * servlet Spring's configuration: the container stops reading a request past those limits, before any
 * view's {@link BoundedUpload} sees it.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    @Bean
    static BeanPostProcessor vaadinServletMultipartLimits(ObjectProvider<MultipartConfigElement> multipart) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof SpringServlet) {
                    multipart.ifAvailable(registration::setMultipartConfig);
                }
                return bean;
            }
        };
    }
}
