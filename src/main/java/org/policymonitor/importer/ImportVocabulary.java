package org.policymonitor.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.policymonitor.vocabulary.VocabularyKind;

/**
 * The controlled vocabularies (goals, areas, domains, entity types, scopes, natures, regions) with their
 * EN/FR/ES labels, read from {@code vocabulary/terms.csv}. Labels match case-, accent- and
 * punctuation-insensitively; a label's short form without its parenthesis ("Civil society organization") also
 * matches when it is unambiguous.
 */
public final class ImportVocabulary {

    static final String RESOURCE = "vocabulary/terms.csv";

    private final Map<VocabularyKind, Map<String, String>> codesByLabelKey;
    private final Map<VocabularyKind, Set<String>> codes;
    private final Map<VocabularyKind, Map<String, String>> codesByLabel;

    private ImportVocabulary(Map<VocabularyKind, Map<String, String>> codesByLabelKey,
            Map<VocabularyKind, Set<String>> codes, Map<VocabularyKind, Map<String, String>> codesByLabel) {
        this.codesByLabelKey = codesByLabelKey;
        this.codes = codes;
        this.codesByLabel = codesByLabel;
    }

    public static ImportVocabulary load() {
        try (InputStream in = ImportVocabulary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code kind;code;sort;en;fr;es} lines with a header line; rows of unknown kinds are skipped. */
    public static ImportVocabulary read(Reader csv) throws IOException {
        Map<VocabularyKind, Map<String, String>> labels = new EnumMap<>(VocabularyKind.class);
        Map<VocabularyKind, Map<String, String>> shortLabels = new EnumMap<>(VocabularyKind.class);
        Map<VocabularyKind, Set<String>> ambiguousShortLabels = new EnumMap<>(VocabularyKind.class);
        Map<VocabularyKind, Set<String>> codes = new EnumMap<>(VocabularyKind.class);
        Map<VocabularyKind, Map<String, String>> rawLabels = new EnumMap<>(VocabularyKind.class);
        BufferedReader reader = new BufferedReader(csv);
        reader.readLine();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String[] columns = line.split(";", -1);
            Optional<VocabularyKind> kind = kindNamed(columns[0].strip());
            if (columns.length < 6 || kind.isEmpty()) {
                continue;
            }
            String code = columns[1].strip();
            codes.computeIfAbsent(kind.get(), k -> new LinkedHashSet<>()).add(code);
            for (int column = 3; column < 6; column++) {
                String label = columns[column];
                rawLabels.computeIfAbsent(kind.get(), k -> new java.util.LinkedHashMap<>()).putIfAbsent(label.strip(), code);
                labels.computeIfAbsent(kind.get(), k -> new HashMap<>()).putIfAbsent(Labels.key(label), code);
                String shortKey = Labels.key(label.replaceAll("\\s*\\([^)]*\\)", ""));
                String previous = shortLabels.computeIfAbsent(kind.get(), k -> new HashMap<>()).putIfAbsent(shortKey, code);
                if (previous != null && !previous.equals(code)) {
                    ambiguousShortLabels.computeIfAbsent(kind.get(), k -> new HashSet<>()).add(shortKey);
                }
            }
        }
        shortLabels.forEach((kind, byKey) -> byKey.forEach((key, code) -> {
            if (!ambiguousShortLabels.getOrDefault(kind, Set.of()).contains(key) && !key.isEmpty()) {
                labels.get(kind).putIfAbsent(key, code);
            }
        }));
        return new ImportVocabulary(labels, codes, rawLabels);
    }

    /** The code whose EN, FR or ES label is {@code label}, ignoring case, accents, punctuation and spacing. */
    public Optional<String> codeOf(VocabularyKind kind, String label) {
        if (label == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(codesByLabelKey.getOrDefault(kind, Map.of()).get(Labels.key(label)));
    }

    /** Every EN, FR and ES label of the kind as written, with its code. */
    Map<String, String> labels(VocabularyKind kind) {
        return Map.copyOf(codesByLabel.getOrDefault(kind, Map.of()));
    }

    /** The goal of the Convention with this number (1 to 4, in the vocabulary's order). */
    Optional<String> goalNumbered(int number) {
        List<String> goals = new java.util.ArrayList<>(codes.getOrDefault(VocabularyKind.GOAL, Set.of()));
        return number >= 1 && number <= goals.size() ? Optional.of(goals.get(number - 1)) : Optional.empty();
    }

    public Set<String> codes(VocabularyKind kind) {
        return Set.copyOf(codes.getOrDefault(kind, Set.of()));
    }

    private static Optional<VocabularyKind> kindNamed(String name) {
        for (VocabularyKind kind : VocabularyKind.values()) {
            if (kind.name().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
