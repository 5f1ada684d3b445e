package org.policymonitor.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * An in-memory upload with limits the server keeps whatever the browser says (docs/input-limits.md): a file
 * beyond {@code maxFileBytes}, or one that would take the files held for one reading beyond
 * {@code maxTotalBytes}, is rejected. The bytes are counted while they are read, so a client that lies about
 * a file's size is stopped one byte past the limit; the declared size only lets an honest oversized upload be
 * rejected before anything is read. The container's multipart limits ({@code spring.servlet.multipart.*},
 * {@link UploadLimits}) stop a request earlier still.
 */
public final class BoundedUpload implements UploadHandler {

    /** Why a file was not taken. */
    public enum Reason {
        FILE_TOO_LARGE, TOTAL_TOO_LARGE
    }

    /** A file not taken, for the message beside the upload; {@code limitBytes} is the limit it broke. */
    public record Refusal(String fileName, Reason reason, long limitBytes) {
    }

    private static final int CHUNK = 64 * 1024;

    private final long maxFileBytes;
    private final long maxTotalBytes;
    private final BiConsumer<String, byte[]> accepted;
    private final Consumer<Refusal> refused;
    private final AtomicLong held = new AtomicLong();

    /**
     * {@code accepted} gets each file's name and bytes and {@code refused} each refusal, both under the UI's
     * lock.
     */
    public BoundedUpload(long maxFileBytes, long maxTotalBytes, BiConsumer<String, byte[]> accepted,
            Consumer<Refusal> refused) {
        this.maxFileBytes = maxFileBytes;
        this.maxTotalBytes = maxTotalBytes;
        this.accepted = accepted;
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String name = event.getFileName();
        byte[] bytes = event.getFileSize() > maxFileBytes ? null : readAtMost(event.getInputStream(), maxFileBytes);
        if (bytes == null) {
            refuse(event, new Refusal(name, Reason.FILE_TOO_LARGE, maxFileBytes));
            return;
        }
        if (held.addAndGet(bytes.length) > maxTotalBytes) {
            held.addAndGet(-bytes.length);
            refuse(event, new Refusal(name, Reason.TOTAL_TOO_LARGE, maxTotalBytes));
            return;
        }
        access(event.getUI(), () -> accepted.accept(name, bytes));
    }

    /** The files held so far were taken away (read or discarded): the total starts again from zero. */
    public void clear() {
        held.set(0);
    }

    /** Bytes of the files taken since the last {@link #clear}. */
    public long heldBytes() {
        return held.get();
    }

    @Override
    public long getFileSizeMax() {
        return maxFileBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxFileBytes + CHUNK; // one file and its multipart headers
    }

    /** The stream's bytes, or null as soon as there are more than {@code limit}. */
    static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[CHUNK];
        long total = 0;
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > limit) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    private void refuse(UploadEvent event, Refusal refusal) {
        event.reject(refusal.reason() == Reason.FILE_TOO_LARGE ? "File too large" : "Too much data at once");
        access(event.getUI(), () -> refused.accept(refusal));
    }

    private static void access(UI ui, Runnable command) {
        if (ui == null) {
            command.run();
        } else {
            ui.access(command::run);
        }
    }
}
