package org.policymonitor.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ground truth: {@code src/test/resources/importer/ground-truth/} holds records written for the tests in the
 * shapes real exports take, each with the expected dry-run object, written by hand ({@code NN-name.json}, same keys
 * as the dry run; {@code expectedIssues} lists the message keys the report must contain). The test runs each
 * record through the dry run's reader, prints the fields placed right and the records fully right, writes the
 * actual objects to {@code target/ground-truth/} for diffing, and fails on every wrong field.
 */
class GroundTruthTest {

    static final Path FOLDER = Path.of("src/test/resources/importer/ground-truth");
    private static final List<String> TOP_FIELDS = List.of("formVersion", "reportedByCivilSociety", "party");
    private static final Set<String> SET_FIELDS = Set.of("goals", "areas", "domains", "scopes", "natures");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyFieldOfEveryTestRecordIsPlacedRight() throws IOException {
        CandidateReader reader = new CandidateReader(new MeasureTextParser(), new MeasureImportMapper());
        Path out = Path.of("target/ground-truth");
        Files.createDirectories(out);
        List<Path> records;
        try (Stream<Path> files = Files.list(FOLDER)) {
            records = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(records).hasSizeGreaterThanOrEqualTo(27);
        int fields = 0;
        int right = 0;
        int fullyRight = 0;
        List<String> wrong = new ArrayList<>();
        for (Path record : records) {
            String name = record.getFileName().toString();
            List<ImportCandidate> candidates = reader.read(List.of(new ImportFile(name, Files.readAllBytes(record))));
            assertThat(candidates).as(name).hasSize(1);
            String line = DryRunReport.line(candidates.getFirst());
            Files.writeString(out.resolve(name.replace(".txt", ".json")), JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(JSON.readTree(line)), StandardCharsets.UTF_8);
            JsonNode actual = JSON.readTree(line);
            JsonNode expected = JSON.readTree(Files.readString(FOLDER.resolve(name.replace(".txt", ".json"))));
            List<String> wrongHere = new ArrayList<>();
            List<String> keys = new ArrayList<>(TOP_FIELDS);
            ContentJson.keys().forEach(key -> keys.add("content." + key));
            for (String key : keys) {
                fields++;
                JsonNode want = at(expected, key);
                JsonNode got = at(actual, key);
                if (same(key, want, got)) {
                    right++;
                } else {
                    wrongHere.add(name + " " + key + ": expected " + want + " but was " + got);
                }
            }
            Set<String> issueKeys = new TreeSet<>();
            actual.get("issues").forEach(issue -> issueKeys.add(issue.get("key").asString()));
            JsonNode expectedIssues = expected.get("expectedIssues");
            if (expectedIssues != null) {
                expectedIssues.forEach(key -> {
                    if (!issueKeys.contains(key.asString())) {
                        wrongHere.add(name + " issues: missing " + key.asString() + " in " + issueKeys);
                    }
                });
            }
            if (wrongHere.isEmpty()) {
                fullyRight++;
            }
            wrong.addAll(wrongHere);
        }
        System.out.printf("Ground truth: %d of %d fields placed right (%.1f %%), %d of %d records fully right (%.1f %%)%n",
                right, fields, 100.0 * right / fields, fullyRight, records.size(), 100.0 * fullyRight / records.size());
        wrong.forEach(System.out::println);
        assertThat(wrong).isEmpty();
    }

    private static JsonNode at(JsonNode node, String path) {
        JsonNode current = node;
        for (String part : path.split("\\.")) {
            current = current == null || current.isNull() ? null : current.get(part);
        }
        return current == null || current.isNull() ? null : current;
    }

    private static boolean same(String key, JsonNode want, JsonNode got) {
        if (isEmpty(want) || isEmpty(got)) {
            return isEmpty(want) && isEmpty(got);
        }
        String field = key.substring(key.indexOf('.') + 1);
        if (SET_FIELDS.contains(field)) {
            return strings(want).equals(strings(got));
        }
        if (want.isNumber() || got.isNumber()) {
            return new BigDecimal(want.asString()).compareTo(new BigDecimal(got.asString())) == 0;
        }
        return want.equals(got);
    }

    private static boolean isEmpty(JsonNode node) {
        return node == null || node.isNull() || (node.isArray() && node.isEmpty())
                || (key(node) && node.asString().equals("NOT_ANSWERED"));
    }

    private static boolean key(JsonNode node) {
        return node.isString();
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
