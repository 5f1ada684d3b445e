package org.policymonitor.importer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.policymonitor.importer.ImportOutcome;
import org.policymonitor.importer.ImportTarget;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;

@IntegrationTest
@ViewPackages(packages = "org.policymonitor")
@WithUserDetails("admin")
class ImportViewTest extends SpringBrowserlessTest {

    static byte[] seed(String name) throws IOException {
        try (InputStream in = ImportViewTest.class.getResourceAsStream("/seeds/" + name)) {
            return in.readAllBytes();
        }
    }

    /** The view is a Spring proxy (its class carries @RolesAllowed), so its components are found, not read from fields. */
    private void uploadAndRead() throws IOException {
        Upload upload = $(Upload.class).single();
        test(upload).upload("000_b7b0f3b7321af515.txt", "text/plain", seed("000_b7b0f3b7321af515.txt"));
        test(upload).upload("004_a156a6976fc84737.txt", "text/plain", seed("004_a156a6976fc84737.txt"));
        test(upload).upload("scan.txt", "text/plain", new byte[] {0, 1, 2, 3, 0, 0, 7, 8, 0, 0});
        test(button("Read the uploaded files")).click();
    }

    private Button button(String text) {
        return $(Button.class).withText(text).single();
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(int index) {
        return (Grid<T>) $(Grid.class).all().get(index);
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String label) {
        return (ComboBox<T>) $(ComboBox.class).withCaption(label).single();
    }

    @SuppressWarnings("unchecked")
    private void importAsPublished(String party, String cycle) {
        test(combo("Party")).selectItem(party);
        test(combo("Reporting cycle")).selectItem(cycle);
        ((RadioButtonGroup<ImportTarget>) $(RadioButtonGroup.class).single()).setValue(ImportTarget.PUBLISHED);
        test(button("Import")).click();
    }

    @Test
    void anAdministratorPreviewsTheRecordsThenImportsThemOnceOnly() throws IOException {
        navigate("admin/import", Component.class);
        uploadAndRead();

        Grid<Object> preview = grid(0);
        assertThat(test(preview).size()).isEqualTo(3);
        assertThat(test(preview).getCellText(0, 1)).isEqualTo("Culture Internationalisation Policy");
        assertThat(test(preview).getCellText(2, 4)).contains("binary");
        assertThat(button("Import").isEnabled()).as("no Party or cycle chosen yet").isFalse();

        importAsPublished("Azerbaijan", "2016-2019");

        Grid<Object> outcomes = grid(1);
        assertThat(outcomes.isVisible()).isTrue();
        assertThat(test(outcomes).size()).isEqualTo(3);
        assertThat(List.of(test(outcomes).getCellText(0, 2), test(outcomes).getCellText(1, 2),
                test(outcomes).getCellText(2, 2))).containsExactly("Created", "Created",
                "Not imported: the file could not be read");

        uploadAndRead();
        importAsPublished("Azerbaijan", "2016-2019");
        assertThat(test(grid(1)).getCellText(0, 2)).isEqualTo(
                getTranslation(ImportOutcome.Result.SKIPPED_DUPLICATE.messageKey()));
        assertThat($(Span.class).withTextContaining("Import finished.").all()).isNotEmpty();
    }

    private String getTranslation(String key) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key);
    }
}
