package org.policymonitor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;

/**
 * Another scope's object by its id in the page address: the page refuses it, and the refusal leaves exactly one
 * access-denied record naming the user, the object and the route (with the service method behind it).
 */
@IntegrationTest
@ViewPackages(packages = "org.policymonitor")
@TestPropertySource(properties = "policymonitor.test.context=id-tampering")
class IdTamperingViewsTest extends SpringBrowserlessTest {

    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditRecordRepository audit;

    OtherScopeUsers others;

    @BeforeEach
    void setUp() {
        others = new OtherScopeUsers(accounts, referenceData, measures);
        others.ensureExist();
    }

    private List<AuditEntry> denials(String username) {
        return SecurityTestSupport.audit(audit, username, AuditEventType.ACCESS_DENIED);
    }

    /** Opens the address as the user and returns the one access-denied record it left. */
    private AuditEntry refusedOnce(String username, String location) {
        SignedIn.signIn(accounts, username);
        int before = denials(username).size();
        UI.getCurrent().navigate(location);
        List<AuditEntry> after = denials(username);
        assertThat(after).as("access-denied records of %s after opening %s", username, location).hasSize(before + 1);
        return after.stream().max(Comparator.comparing(AuditEntry::id)).orElseThrow();
    }

    private static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    @Test
    void anotherMinistrysMeasureInTheEditorAddressIsRefusedAndLoggedOnce() {
        Long id = others.mongolianDraft("Editor address target", List.of());
        String object = "measure " + id + " of ministry " + others.mongolianCulture();

        assertThat(refusedOnce("editor.lt", "measures/" + id + "/edit").detail()).isEqualTo(
                object + " · route /measures/" + id + "/edit · service MeasureEditing.openForEditing");
        assertThat(currentPath()).isEqualTo("my-measures");

        assertThat(refusedOnce("editor.lt", "measures/" + id + "/history").detail()).isEqualTo(
                "history of " + object + " · route /measures/" + id + "/history · service MeasureEditing.history");
        assertThat(currentPath()).isEqualTo("my-measures");

        SignedIn.signIn(accounts, "editor");
        int before = denials("editor").size();
        UI.getCurrent().navigate("measures/" + id + "/edit");
        assertThat(currentPath()).isEqualTo("measures/" + id + "/edit");
        assertThat(denials("editor")).hasSize(before);
    }

    @Test
    void anotherPartysSubmissionInTheAddressIsRefusedAndLoggedOnce() {
        Long id = others.mongolianSubmission("Submission address target", List.of());

        assertThat(refusedOnce(OtherScopeUsers.REVIEWER_LT, "submissions/" + id).detail()).isEqualTo(
                "submission of measure " + id + " · route /submissions/" + id + " · service SubmissionWorkflow.overview");
        assertThat($(H1.class).single().getText()).isEqualTo("Submission not available");

        SignedIn.signIn(accounts, "reviewer");
        int before = denials("reviewer").size();
        UI.getCurrent().navigate("submissions/" + id);
        assertThat($(H1.class).single().getText()).contains("Submission address target");
        assertThat(denials("reviewer")).hasSize(before);
    }

    @Test
    void aDraftIsNotInThePublicCatalogue() {
        Long id = others.mongolianDraft("Draft never in the catalogue", List.of());
        SecurityContextHolder.clearContext();
        UI.getCurrent().navigate("catalogue/measures/" + id);
        assertThat($(H1.class).all()).extracting(H1::getText).doesNotContain("Draft never in the catalogue");
    }
}
