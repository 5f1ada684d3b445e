package org.policymonitor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

/**
 * A contribution's id in the editor's address: the contact of another organisation is refused (one record, back to
 * My measures); the organisation's own contact gets the editor, which names the organisation.
 */
@IntegrationTest
@ViewPackages(packages = "org.policymonitor")
@TestPropertySource(properties = "policymonitor.test.context=id-tampering")
class CivilSocietyViewsTest extends SpringBrowserlessTest {

    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditRecordRepository audit;

    CivilSocietyScopes civil;

    @BeforeEach
    void setUp() {
        civil = new CivilSocietyScopes(accounts, referenceData, measures);
        civil.ensureExist();
    }

    private List<SecurityEvent> denials(String username) {
        return SecurityTestSupport.audit(audit, username, AuditEventType.ACCESS_DENIED);
    }

    private static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private List<String> organisationLines() {
        return $(Span.class).all().stream().filter(s -> s.hasClassName("editor-organisation") && s.isVisible())
                .map(Span::getText).toList();
    }

    @Test
    void anotherOrganisationsContributionInTheEditorAddressIsRefusedAndTheOwnContactSeesTheOrganisation() {
        Long id = civil.contribution("Contribution by address");
        for (String intruder : List.of(CivilSocietyScopes.OTHER_ORGANISATION, CivilSocietyScopes.OTHER_PARTY)) {
            SignedIn.signIn(accounts, intruder);
            int before = denials(intruder).size();
            UI.getCurrent().navigate("measures/" + id + "/edit");
            assertThat(denials(intruder)).as(intruder).hasSize(before + 1);
            assertThat(denials(intruder).getLast().detail()).endsWith(
                    "route /measures/" + id + "/edit · service MeasureEditing.openForEditing");
            assertThat(currentPath()).isEqualTo("my-measures");
        }

        SignedIn.signIn(accounts, CivilSocietyScopes.OWN);
        int before = denials(CivilSocietyScopes.OWN).size();
        UI.getCurrent().navigate("measures/" + id + "/edit");
        assertThat(currentPath()).isEqualTo("measures/" + id + "/edit");
        assertThat(organisationLines()).containsExactly(
                "Reported by civil society: " + CivilSocietyScopes.OWN_ORGANISATION_NAME);
        UI.getCurrent().navigate("measures/new");
        assertThat(organisationLines()).containsExactly(
                "Reported by civil society: " + CivilSocietyScopes.OWN_ORGANISATION_NAME);
        assertThat(denials(CivilSocietyScopes.OWN)).hasSize(before);

        SignedIn.signIn(accounts, "editor");
        UI.getCurrent().navigate("measures/new");
        assertThat(organisationLines()).as("a ministry editor drafts for no organisation").isEmpty();
    }
}
