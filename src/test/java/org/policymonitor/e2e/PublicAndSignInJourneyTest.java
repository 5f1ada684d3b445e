package org.policymonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class PublicAndSignInJourneyTest extends BrowserJourney {

    @Test
    void aVisitorReadsTheHomePageAndAnAdministratorSignsIn() {
        openBrowser("en");
        open("/");
        assertThat(heading()).isEqualTo("Policies and measures under the 2005 Convention");
        assertThat(menuLabels()).containsExactly("Home", "Catalogue", "Periodic reports", "Statistics");
        assertAccessible("home");

        open("/login");
        assertThat(waitFor(By.tagName("vaadin-login-form")).getText()).contains("Sign in");
        assertAccessible("login");

        signIn("admin", "demo-admin");
        assertThat(menuLabels()).contains("Home", "Parties and cycles", "My account");
        open("/admin/reference-data");
        assertThat(heading()).isEqualTo("Parties, ministries and reporting cycles");
        assertThat(driver.findElement(By.tagName("vaadin-grid")).getText()).isNotNull();
    }

    @Test
    void aLinkWithLangOpensThePagesInFrenchAndSpanish() {
        openBrowser("en");
        open("/?lang=fr");
        assertThat(heading()).isEqualTo("Politiques et mesures au titre de la Convention de 2005");
        assertThat(menuLabels()).containsExactly("Accueil", "Catalogue", "Rapports périodiques", "Statistiques");

        open("/login?lang=es");
        assertThat(waitFor(By.tagName("vaadin-login-form")).getText()).contains("Iniciar sesión");
    }

    @Test
    void anEditorCannotOpenAdministrationPagesByTheirAddress() {
        openBrowser("en");
        signIn("editor", "demo-editor");
        assertThat(menuLabels()).doesNotContain("Parties and cycles");
        open("/admin/reference-data");
        assertThat(driver.getPageSource()).doesNotContain("Parties, ministries and reporting cycles");
    }
}
