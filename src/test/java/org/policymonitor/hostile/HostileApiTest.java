package org.policymonitor.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policymonitor.measure.Evaluation;
import org.policymonitor.testsupport.Csv;
import org.policymonitor.measure.FormVersion;
import org.policymonitor.measure.MeasureContent;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.measure.PartnerRow;
import org.policymonitor.measure.PublishedMeasure;
import org.policymonitor.party.ReferenceData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile requests to the open-data API over real HTTP (a raw socket, so that malformed percent-encoding, raw
 * NUL bytes and oversized request lines reach the server as sent): never a 5xx; a 200 carries JSON; a 4xx
 * carries a message. A published measure full of markup and formulas comes back exactly in JSON and CSV.
 * (Same context set-up as SecurityHardeningTest, so they share one server.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureMockMvc
class HostileApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;

    record Response(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Sends the request target and headers exactly as given (HTTP/1.1, connection closed after the answer). */
    Response raw(byte[] target, String... headers) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET ".getBytes(StandardCharsets.ISO_8859_1));
            out.write(target);
            StringBuilder head = new StringBuilder(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
            for (int i = 0; i < headers.length; i += 2) {
                head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            byte[] answer = socket.getInputStream().readAllBytes();
            return parse(answer);
        }
    }

    Response raw(String target, String... headers) throws IOException {
        return raw(target.getBytes(StandardCharsets.UTF_8), headers);
    }

    private static Response parse(byte[] answer) throws IOException {
        if (!new String(answer, 0, Math.min(5, answer.length), StandardCharsets.ISO_8859_1).equals("HTTP/")) {
            // a request line without a version is HTTP/0.9: the answer is the body alone
            return new Response(200, Map.of(), answer);
        }
        int end = indexOf(answer, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(end).as("an HTTP answer: " + new String(answer, StandardCharsets.ISO_8859_1)).isPositive();
        String[] lines = new String(answer, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(), lines[i].substring(colon + 1).strip());
        }
        byte[] body = java.util.Arrays.copyOfRange(answer, end + 4, answer.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Response(status, headers, body);
    }

    private static byte[] dechunk(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = new java.io.ByteArrayInputStream(body);
        while (true) {
            StringBuilder size = new StringBuilder();
            int c;
            while ((c = in.read()) != '\n' && c != -1) {
                if (c != '\r') {
                    size.append((char) c);
                }
            }
            int length = Integer.parseInt(size.toString().split(";")[0].strip(), 16);
            if (length == 0) {
                return out.toByteArray();
            }
            out.write(in.readNBytes(length));
            in.read();
            in.read();
        }
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * Never a 5xx; a 200 from a JSON endpoint is JSON; an error says something. No redirect either (an API
     * client sent to the sign-in page learns nothing), except for paths Spring Security's firewall rejects
     * before any API code runs ({@code ;} path parameters, {@code ..} segments): see docs/hostile-input.md.
     */
    private void check(String what, Response response) {
        assertThat(response.status()).as(what + " -> " + response.text()).isBetween(200, 499);
        if (!what.contains(";") && !what.contains("..") && !what.contains("%2e%2e")) {
            assertThat(response.status() / 100).as("no redirect for " + what).isNotEqualTo(3);
        }
        String type = response.headers().getOrDefault("content-type", "");
        if (response.status() == 200 && type.contains("json")) {
            assertThat(json.readTree(response.body())).as(what).isNotNull();
        }
        // 406: the client accepts none of the types the API writes, so there is no form to say it in
        if (response.status() >= 400 && response.status() != 404 && response.status() != 406) {
            assertThat(response.text()).as("a message for " + what).isNotBlank();
        }
    }

    @Test
    void hostileRequestsNeverGetAServerError() throws IOException {
        List<String> targets = new ArrayList<>(HostileCorpus.lines("api-requests.txt"));
        targets.add("/api/v1/measures?q=" + "a".repeat(100 * 1024));
        targets.add("/api/v1/measures?q=" + "%27".repeat(2000));
        targets.add("/api/v1/measures?q=" + "festival+".repeat(500));
        targets.add("/api/v1/measures?" + "party=MN&".repeat(500));
        Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
        for (String target : targets) {
            Response response = raw(target);
            check(HostileCorpus.shortForm(target), response);
            byStatus.merge(response.status(), 1, Integer::sum);
        }
        List<byte[]> rawTargets = List.of("/api/v1/measures?q=a\u0000b".getBytes(StandardCharsets.ISO_8859_1),
                "/api/v1/measures?q=\u00e9t\u00e9".getBytes(StandardCharsets.ISO_8859_1),
                "/api/v1/measures?q=\r\nX-Injected: 1".getBytes(StandardCharsets.ISO_8859_1),
                new byte[] {'/', 'a', 'p', 'i', '/', 'v', '1', '/', 'm', 'e', 'a', 's', 'u', 'r', 'e', 's', '?', 'q', '=',
                        (byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        for (byte[] target : rawTargets) {
            Response response = raw(target);
            check("raw bytes " + HostileCorpus.shortForm(new String(target, StandardCharsets.ISO_8859_1)), response);
            byStatus.merge(response.status(), 1, Integer::sum);
        }
        List<String[]> headerSets = List.of(new String[] {"Accept-Language", "'; DROP TABLE measure; --"},
                new String[] {"Accept-Language", "*;q=NaN"}, new String[] {"Accept-Language", "x".repeat(4000)},
                new String[] {"Accept-Language", "\u202Eer,fr;q=-1"}, new String[] {"If-None-Match", "<script>"},
                new String[] {"If-None-Match", "W/\"" + "x".repeat(3000) + "\""},
                new String[] {"If-Modified-Since", "yesterday"}, new String[] {"If-Modified-Since", "-1"},
                new String[] {"Accept", "application/xml"}, new String[] {"Accept", "text/html;q=%%%"},
                new String[] {"Range", "bytes=-1--5"}, new String[] {"Cookie", "JSESSIONID=<script>"});
        for (String[] header : headerSets) {
            for (String path : List.of("/api/v1/measures?q=festival", "/api/v1/vocabularies/goal")) {
                Response response = raw(path, header);
                check(header[0] + ": " + HostileCorpus.shortForm(header[1]), response);
                byStatus.merge(response.status(), 1, Integer::sum);
            }
        }
        int tried = targets.size() + rawTargets.size() + headerSets.size() * 2;
        System.out.printf("HOSTILE REST API channel: %d requests, answers by status %s%n", tried, byStatus);
    }

    @Test
    void aPublishedMeasureFullOfMarkupComesBackExactlyInJsonAndCsv() throws IOException {
        String word = "zqhostile" + Long.toHexString(System.nanoTime());
        String title = "<script>alert(1)</script> " + word;
        String description = "<img src=x onerror=alert(1)>\n'; DROP TABLE measure; --\n\u202Eevil\u200B \uD83C\uDFAD";
        String formula = "=HYPERLINK(\"https://evil.example\",\"click\")";
        MeasureContent content = new MeasureContent(title, List.of("@SUM(1+1)"), description, "javascript:alert(1)",
                formula, "-2+3", new java.math.BigDecimal("99999999999999999.99"),
                List.of(new PartnerRow("+1+1 \"quoted\", with comma", "CIVIL_SOCIETY")), Evaluation.YES,
                "</textarea><script>x</script>", Set.of("GOVERNANCE"), Set.of(), Set.of(), null, null, Set.of(),
                Set.of(), null, null, null);
        PublishedMeasure published = measures.importAsPublished(referenceData.partyByIso("MN").orElseThrow().getId(),
                null, referenceData.cycleByCode("2020-2023").orElseThrow().getId(), FormVersion.FORM_2020, content,
                false, "test");

        Response one = raw("/api/v1/measures/" + published.measureId());
        assertThat(one.status()).isEqualTo(200);
        JsonNode measure = json.readTree(one.body()).get("content");
        assertThat(measure.get("title").asString()).isEqualTo(title);
        assertThat(measure.get("description").asString()).isEqualTo(description);
        assertThat(measure.get("results").asString()).isEqualTo(formula);
        assertThat(measure.get("website").asString()).isEqualTo("javascript:alert(1)");
        assertThat(measure.get("agencies").get(0).asString()).isEqualTo("@SUM(1+1)");
        assertThat(measure.get("partners").get(0).get("name").asString()).isEqualTo("+1+1 \"quoted\", with comma");
        assertThat(one.text()).contains("\"budgetUsd\":99999999999999999.99");

        Response search = raw("/api/v1/measures?q=" + word);
        assertThat(json.readTree(search.body()).get("items").get(0).get("title").asString()).isEqualTo(title);

        Response exported = raw("/api/v1/exports/measures.json?q=" + word);
        assertThat(json.readTree(exported.body()).get(0).get("content").get("description").asString())
                .isEqualTo(description);

        // CSV: exact text, except that a cell a spreadsheet would run as a formula gets a leading apostrophe
        Response csv = raw("/api/v1/exports/measures.csv?q=" + word);
        assertThat(csv.status()).isEqualTo(200);
        List<List<String>> rows = Csv.parse(csv.text());
        // the headers are in the reader's language (English without Accept-Language)
        List<String> header = rows.get(0);
        List<String> row = rows.get(1);
        assertThat(row.get(header.indexOf("Title"))).isEqualTo(title);
        assertThat(row.get(header.indexOf("Description"))).isEqualTo(description);
        assertThat(row.get(header.indexOf("Results"))).isEqualTo("'" + formula);
        assertThat(row.get(header.indexOf("Agencies responsible"))).isEqualTo("'@SUM(1+1)");
        assertThat(row.get(header.indexOf("Resources allocated"))).isEqualTo("'-2+3");
        assertThat(row.get(header.indexOf("Partners"))).startsWith("'+1+1 \"quoted\", with comma");
        assertThat(row.get(header.indexOf("Conclusions of the evaluation"))).isEqualTo("</textarea><script>x</script>");
        assertThat(raw("/api/v1/exports/measures.xlsx?q=" + word).status()).isEqualTo(200);
        assertThat(raw("/api/v1/measures/" + published.measureId() + "/pdf").status()).isEqualTo(200);
    }

}
