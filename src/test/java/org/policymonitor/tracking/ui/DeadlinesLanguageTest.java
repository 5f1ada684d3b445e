package org.policymonitor.tracking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.util.AopTestUtils;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;

/** The deadlines page names each Party in the reader's language. */
@IntegrationTest
@ViewPackages(packages = "org.policymonitor")
@WithUserDetails("admin")
class DeadlinesLanguageTest extends SpringBrowserlessTest {

    @AfterEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private java.util.List<String> parties() {
        DeadlinesView view = AopTestUtils.getTargetObject(navigate(DeadlinesView.class));
        var grid = test(view.grid);
        return IntStream.range(0, grid.size()).mapToObj(i -> grid.getCellText(i, 0)).toList();
    }

    @Test
    void partiesAreNamedInTheReadersLanguage() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        assertThat(parties()).contains("Mongolie", "Lituanie").doesNotContain("Mongolia", "Lithuania");
        UI.getCurrent().setLocale(Locale.of("es"));
        assertThat(parties()).contains("Mongolia", "Lituania", "Azerbaiyán");
    }
}
