package org.policymonitor.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The page as served says which language it is in ({@code <html lang>}), so screen readers read French as
 * French. (Same context set-up as SecurityHardeningTest, so they share one server.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureMockMvc
class PageLanguageTest {

    @LocalServerPort
    int port;

    private String page(String path, String acceptLanguage) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void theLanguageAskedForInTheAddressIsThePagesLanguage() throws Exception {
        assertThat(page("/catalogue?lang=fr", null)).contains("<html lang=\"fr\"");
        assertThat(page("/catalogue?lang=es", "fr")).contains("<html lang=\"es\"");
        assertThat(page("/?lang=en", "es")).contains("<html lang=\"en\"");
    }

    @Test
    void withoutAChoiceThePageFollowsTheBrowser() throws Exception {
        assertThat(page("/catalogue", "es-MX,es;q=0.9")).contains("<html lang=\"es\"");
        assertThat(page("/catalogue", "de-DE")).contains("<html lang=\"en\"");
    }
}
