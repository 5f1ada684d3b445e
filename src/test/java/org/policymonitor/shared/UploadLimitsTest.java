package org.policymonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;

import com.vaadin.flow.spring.SpringServlet;

import jakarta.servlet.MultipartConfigElement;

/** The container's multipart limits apply to the Vaadin servlet, which receives every upload. */
@IntegrationTest
class UploadLimitsTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theVaadinServletHasTheConfiguredPerFileAndPerRequestLimits() {
        MultipartConfigElement config = context.getBeansOfType(ServletRegistrationBean.class).values().stream()
                .filter(r -> r.getServlet() instanceof SpringServlet).findFirst().orElseThrow().getMultipartConfig();
        assertThat(config.getMaxFileSize()).isEqualTo(50L * 1024 * 1024);
        assertThat(config.getMaxRequestSize()).isEqualTo(51L * 1024 * 1024);
    }
}
