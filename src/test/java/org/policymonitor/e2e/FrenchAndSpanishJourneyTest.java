package org.policymonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The editor's form and the public catalogue in French and in Spanish, chosen with {@code ?lang=}. */
class FrenchAndSpanishJourneyTest extends BrowserJourney {

    record Editor(String lang, String myMeasures, String newMeasure, String title, String description, String goals,
            String submit, String required, String refused) {
    }

    record Catalogue(String lang, String heading, String search, List<String> facets, String partnerType,
            String publicSector, String results, String descriptionLabel) {
    }

    static final List<Editor> EDITORS = List.of(
            new Editor("fr", "Mes mesures", "Nouvelle mesure", "Titre de la politique/mesure",
                    "Décrivez les principales caractéristiques de la politique/mesure\u00a0:",
                    "Objectif(s) de la Convention 2005 de l'UNESCO", "Soumettre pour examen",
                    "Ce champ est obligatoire pour la soumission.", "La mesure ne peut pas encore être soumise"),
            new Editor("es", "Mis medidas", "Nueva medida", "Título de la política/medida",
                    "Describa las principales características de la política/medida:",
                    "Objetivo(s) de la Convención 2005 de la UNESCO", "Enviar para revisión",
                    "Este campo es obligatorio para el envío.", "La medida aún no se puede enviar"));

    static final List<Catalogue> CATALOGUES = List.of(
            new Catalogue("fr", "Catalogue des politiques et mesures", "Rechercher dans les mesures publiées",
                    List.of("Partie", "Région UNESCO", "Cycle de rapport"), "Type d'entité partenaire", "Secteur public",
                    "mesures publiées", "Décrivez les principales caractéristiques de la politique/mesure\u00a0:"),
            new Catalogue("es", "Catálogo de políticas y medidas", "Buscar en las medidas publicadas",
                    List.of("Parte", "Región de la UNESCO", "Ciclo de informe"), "Tipo de entidad asociada",
                    "Sector público", "medidas publicadas",
                    "Describa las principales características de la política/medida:"));

    @Test
    void anEditorIsToldWhatIsMissingInFrenchAndInSpanish() {
        openBrowser("en");
        signIn("editor", "demo-editor");
        for (Editor editor : EDITORS) {
            open("/my-measures?lang=" + editor.lang());
            assertThat(heading()).as(editor.lang()).isEqualTo(editor.myMeasures());
            click(editor.newMeasure());
            waitUntil(d -> d.getCurrentUrl().endsWith("/measures/new"));
            assertThat(heading()).as(editor.lang()).isEqualTo(editor.newMeasure());
            field("vaadin-checkbox-group", editor.goals());
            type("vaadin-text-field", editor.title(), "Brouillon / borrador " + editor.lang());
            click(editor.submit());
            waitUntil(d -> toasts().contains(editor.refused()));
            assertThat(errorOf("vaadin-text-area", editor.description())).as(editor.lang()).isEqualTo(editor.required());
            assertThat(errorOf("vaadin-checkbox-group", editor.goals())).as(editor.lang()).isEqualTo(editor.required());
            assertThat(errorOf("vaadin-text-field", editor.title())).as(editor.lang()).isNull();
        }
    }

    @Test
    void aVisitorSearchesTheCatalogueInFrenchAndInSpanish() {
        openBrowser("en");
        for (Catalogue catalogue : CATALOGUES) {
            open("/catalogue?lang=" + catalogue.lang());
            assertThat(heading()).as(catalogue.lang()).isEqualTo(catalogue.heading());
            assertThat(driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(catalogue.lang());
            for (String facet : catalogue.facets()) {
                assertThat(options(facet)).as(catalogue.lang() + " " + facet).isNotEmpty();
            }
            // two description words: the Lithuanian policy is the one measure with both (the French and Spanish
            // analyses also match "international" alone, which every seed has)
            type("vaadin-text-field", catalogue.search(), "internationalisation Lithuanian");
            waitUntil(d -> d.getCurrentUrl().contains("q=internationalisation"));
            waitUntil(d -> bodyText().contains("1 " + catalogue.results()));
            assertThat(options(catalogue.partnerType())).as(catalogue.lang()).contains(catalogue.publicSector() + " (1)");
            check(catalogue.partnerType(), catalogue.publicSector());
            waitUntil(d -> d.getCurrentUrl().contains("partnerType=PUBLIC_SECTOR"));
            waitUntil(d -> gridText().contains("Culture Internationalisation Policy"));
            press(gridLink("Culture Internationalisation Policy"));
            waitUntil(d -> d.getCurrentUrl().contains("/catalogue/measures/"));
            assertThat(heading()).isEqualTo("Culture Internationalisation Policy");
            // Selenium's visible text turns no-break spaces into plain ones
            assertThat(bodyText().replace('\u00a0', ' ')).as(catalogue.lang())
                    .contains(catalogue.descriptionLabel().replace('\u00a0', ' '));
        }
    }
}
