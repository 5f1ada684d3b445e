package org.policymonitor.vocabulary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * The vocabularies as data (goals, areas of monitoring, cultural domains, entity types, scope, nature,
 * regions, SDGs). They change only by migration, which Flyway runs before the application starts, so they are
 * read once, in two queries, and every later lookup is a map access: no transaction, no connection, no lock
 * (a page shows dozens of labels, and 20 people open pages at once; see docs/vocabulary-cache.md).
 */
@Service
public class VocabularyService {

    public static final String CURRENT_FRAMEWORK = "2020";

    private final VocabularyTermRepository terms;
    private final GoalAreaMappingRepository mappings;
    /** Built on first use; immutable once published. */
    private volatile Snapshot snapshot;

    VocabularyService(VocabularyTermRepository terms, GoalAreaMappingRepository mappings) {
        this.terms = terms;
        this.mappings = mappings;
    }

    public List<Term> terms(VocabularyKind kind) {
        return snapshot().terms.get(kind);
    }

    public Optional<Term> term(VocabularyKind kind, String code) {
        return Optional.ofNullable(snapshot().byCode.get(kind).get(code));
    }

    /** The label of a code, or the code itself when the vocabulary does not know it. */
    public String label(VocabularyKind kind, String code, Locale locale) {
        Term term = code == null ? null : snapshot().byCode.get(kind).get(code);
        return term == null ? code : term.label(locale);
    }

    /** Areas of monitoring that belong to the given goals, in vocabulary order. */
    public List<Term> areasForGoals(Collection<String> goalCodes) {
        Snapshot current = snapshot();
        Set<String> areaCodes = new LinkedHashSet<>();
        current.goalAreas.stream().filter(m -> goalCodes.contains(m.goalCode())).forEach(m -> areaCodes.add(m.areaCode()));
        return current.terms.get(VocabularyKind.AREA).stream().filter(t -> areaCodes.contains(t.code())).toList();
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            synchronized (this) {
                current = snapshot;
                if (current == null) {
                    current = load();
                    snapshot = current;
                }
            }
        }
        return current;
    }

    private Snapshot load() {
        Map<VocabularyKind, List<Term>> byKind = new EnumMap<>(VocabularyKind.class);
        Map<VocabularyKind, Map<String, Term>> byCode = new EnumMap<>(VocabularyKind.class);
        for (VocabularyKind kind : VocabularyKind.values()) {
            byKind.put(kind, new ArrayList<>());
            byCode.put(kind, new HashMap<>());
        }
        for (VocabularyTermEntity entity : terms.findAll(Sort.by("kind", "sortOrder", "code"))) {
            Term term = entity.toTerm();
            byKind.get(term.kind()).add(term);
            byCode.get(term.kind()).put(term.code(), term);
        }
        byKind.replaceAll((kind, list) -> List.copyOf(list));
        byCode.replaceAll((kind, map) -> Map.copyOf(map));
        List<GoalAreaMappingEntity> goalAreas = List.copyOf(mappings.findByFramework(CURRENT_FRAMEWORK));
        return new Snapshot(byKind, byCode, goalAreas);
    }

    private record Snapshot(Map<VocabularyKind, List<Term>> terms, Map<VocabularyKind, Map<String, Term>> byCode,
            List<GoalAreaMappingEntity> goalAreas) {
    }
}
