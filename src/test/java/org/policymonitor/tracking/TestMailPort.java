package org.policymonitor.tracking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import com.icegreen.greenmail.util.ServerSetup;

/**
 * One free SMTP port per test JVM: the application under test sends to it and GreenMail listens on it. A fixed
 * port (GreenMail's 3025) collides as soon as two builds run on one machine.
 */
public final class TestMailPort {

    public static final int PORT = freePort();

    private TestMailPort() {
    }

    /** GreenMail's SMTP setup on {@link #PORT}. */
    public static ServerSetup smtp() {
        return new ServerSetup(PORT, null, ServerSetup.PROTOCOL_SMTP);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the test SMTP server", e);
        }
    }

    /** Points {@code spring.mail.port} of the application under test at {@link #PORT}. */
    static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.mail.port=" + PORT).applyTo(context);
        }
    }
}
