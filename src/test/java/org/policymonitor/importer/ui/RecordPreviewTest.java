package org.policymonitor.importer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.importer.ImportCandidate;
import org.policymonitor.importer.ImportFile;
import org.policymonitor.importer.ImportService;
import org.policymonitor.importer.RecordChoice;
import org.policymonitor.party.Party;
import org.policymonitor.party.ReferenceData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

/** The preview of one record: the values as stored, the source with what became of each line, the corrections. */
@IntegrationTest
@ViewPackages(packages = "org.policymonitor")
@WithUserDetails("admin")
class RecordPreviewTest extends SpringBrowserlessTest {

    private static final String EXPORT = """
            Secondary tabs
            Music Without Borders

            Mongolia
            MINISTRY OF culture
            Describe the main features of the policy/measure:
            Touring support for bands.
            Financial resources allocated to the policy/measure in USD:
            approx. 3600 USD
            Cultural Domain(s)
            Music
            """;

    @Autowired
    ImportService imports;
    @Autowired
    ReferenceData referenceData;

    @Test
    void showsEveryValueNextToTheMarkedSourceAndPassesOnTheCorrections() {
        navigate("admin/import", Component.class);
        ImportCandidate candidate = imports.read(List.of(new ImportFile("music.txt",
                EXPORT.getBytes(StandardCharsets.UTF_8)))).getFirst();
        Party mongolia = referenceData.partyByIso("MN").orElseThrow();
        List<RecordChoice> choices = new ArrayList<>();

        RecordPreview preview = new RecordPreview(candidate, RecordChoice.NONE, null, imports, referenceData, choices::add);

        String text = preview.getElement().getTextRecursively();
        assertThat(text).contains("Party named: Mongolia").contains("Form: 2020 and later")
                .contains("Touring support for bands.").contains("3600")
                .contains("The amount in USD is stated as approximate.");
        assertThat(elements(preview.getElement()).filter(e -> !e.isTextNode() && e.getTag().equals("del")).map(Element::getText))
                .contains("Secondary tabs");
        assertThat(elements(preview.getElement()).filter(e -> !e.isTextNode() && e.getTag().equals("mark")).map(Element::getText))
                .contains("Describe the main features of the policy/measure:");
        assertThat(preview.party.getValue().getId()).as("the Party the record names").isEqualTo(mongolia.getId());
        assertThat(preview.ministry.getValue().getName()).as("matched, not invented").isEqualTo("Ministry of Culture");
        assertThat(preview.createMinistry.isVisible()).isFalse();

        preview.title.setValue("Music without borders (corrected)");

        assertThat(choices.getLast()).isEqualTo(new RecordChoice(mongolia.getId(), "Music without borders (corrected)",
                preview.ministry.getValue().getId(), null));
    }

    @Test
    void anAgencyThatMatchesNoMinistryIsOnlyProposedUntilTheAdministratorTicksIt() {
        navigate("admin/import", Component.class);
        ImportCandidate candidate = imports.read(List.of(new ImportFile("new.txt",
                "Kites\n\nBureau of Kites\nDescribe the main features of the policy/measure:\nKites fly.\n"
                        .getBytes(StandardCharsets.UTF_8)))).getFirst();
        Party mongolia = referenceData.partyByIso("MN").orElseThrow();
        List<RecordChoice> choices = new ArrayList<>();

        RecordPreview preview = new RecordPreview(candidate, RecordChoice.NONE, mongolia, imports, referenceData, choices::add);

        assertThat(preview.ministry.getValue()).isNull();
        assertThat(preview.createMinistry.isVisible()).isTrue();
        assertThat(preview.createMinistry.getLabel()).contains("Bureau of Kites");
        preview.createMinistry.setValue(true);
        assertThat(choices.getLast()).isEqualTo(new RecordChoice(mongolia.getId(), null, null, "Bureau of Kites"));
        assertThat(referenceData.matchingMinistry(mongolia.getId(), "Bureau of Kites")).as("not before the commit")
                .isEmpty();
    }

    private static Stream<Element> elements(Element root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(RecordPreviewTest::elements));
    }
}
