package org.policymonitor.importer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policymonitor.IntegrationTest;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.upload.Upload;

/** The import page refuses, on the server and with a message beside the upload, a file beyond its limit. */
@IntegrationTest
@ViewPackages(packages = "org.policymonitor")
@WithUserDetails("admin")
class ImportUploadLimitTest extends SpringBrowserlessTest {

    @Test
    void aFileBeyondFiftyMegabytesIsRefusedBesideTheUploadAndNeverRead() {
        navigate("admin/import", Component.class);
        ImportView view = $(ImportView.class).single();
        test($(Upload.class).single()).upload("huge.txt", "text/plain", new byte[ImportView.MAX_FILE_BYTES + 1]);
        assertThat(view.uploadMessage.getText()).isEqualTo("huge.txt was not uploaded: a file may have at most 50 MB.");
        assertThat(view.uploadMessage.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(view.uploadLimits.heldBytes()).isZero();

        test($(Upload.class).single()).upload("small.txt", "text/plain", "Title\n\nA small export".getBytes());
        test($(Button.class).withText("Read the uploaded files").single()).click();
        @SuppressWarnings("unchecked")
        Grid<Object> preview = $(Grid.class).first();
        assertThat(test(preview).size()).isEqualTo(1);
        assertThat(test(preview).getCellText(0, 0)).isEqualTo("small.txt");
        assertThat(view.uploadMessage.getText()).isEmpty();
        assertThat(view.uploadLimits.heldBytes()).isZero();
    }
}
