package org.policymonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;

/** The server's upload limits hold whatever the client says: per file, for the files held together, counted. */
class BoundedUploadTest extends BrowserlessTest {

    private final List<String> accepted = new ArrayList<>();
    private final List<BoundedUpload.Refusal> refused = new ArrayList<>();
    private final BoundedUpload limits = new BoundedUpload(10, 25, (name, bytes) -> accepted.add(name + ":" + bytes.length),
            refused::add);

    private Upload upload() {
        Upload upload = new Upload(limits); // no client-side maximum: only the server decides
        UI.getCurrent().add(upload);
        return upload;
    }

    @Test
    void aFileBeyondTheLimitIsRefusedAndOneAtTheLimitIsTaken() {
        Upload upload = upload();
        test(upload).upload("ten.txt", "text/plain", new byte[10]);
        test(upload).upload("eleven.txt", "text/plain", new byte[11]);
        assertThat(accepted).containsExactly("ten.txt:10");
        assertThat(refused).containsExactly(new BoundedUpload.Refusal("eleven.txt", BoundedUpload.Reason.FILE_TOO_LARGE, 10));
        assertThat(limits.heldBytes()).isEqualTo(10);
    }

    @Test
    void theFilesHeldTogetherStayWithinTheirLimitUntilTheyAreTakenAway() {
        Upload upload = upload();
        test(upload).upload("a", "text/plain", new byte[10]);
        test(upload).upload("b", "text/plain", new byte[10]);
        test(upload).upload("c", "text/plain", new byte[10]);
        assertThat(accepted).containsExactly("a:10", "b:10");
        assertThat(refused).extracting(BoundedUpload.Refusal::reason).containsExactly(BoundedUpload.Reason.TOTAL_TOO_LARGE);
        assertThat(limits.heldBytes()).isEqualTo(20);
        limits.clear();
        test(upload).upload("c", "text/plain", new byte[10]);
        assertThat(accepted).containsExactly("a:10", "b:10", "c:10");
    }

    @Test
    void aStreamLongerThanDeclaredIsStoppedJustPastTheLimit() throws IOException {
        long[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                served[0] += len;
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };
        assertThat(BoundedUpload.readAtMost(endless, 1_000_000)).isNull();
        assertThat(served[0]).isGreaterThan(1_000_000).isLessThanOrEqualTo(1_000_000 + 64 * 1024);
        assertThat(BoundedUpload.readAtMost(InputStream.nullInputStream(), 0)).isEmpty();
        assertThat(limits.getFileSizeMax()).isEqualTo(10);
        assertThat(limits.getRequestSizeMax()).isGreaterThan(10).isLessThan(1024 * 1024);
    }
}
