package org.policymonitor.vocabulary;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vocabularies as data (goals, areas of monitoring, cultural domains, entity types, scope, nature,
 * regions). They change only by migration, so they are read once and kept in memory.
 */
@Service
@Transactional(readOnly = true)
public class VocabularyService {

    public static final String CURRENT_FRAMEWORK = "2020";

    private final VocabularyTermRepository terms;
    private final GoalAreaMappingRepository mappings;
    private final Map<VocabularyKind, List<Term>> cache = new EnumMap<>(VocabularyKind.class);
    private final Map<String, List<GoalAreaMappingEntity>> mappingCache = new ConcurrentHashMap<>();

    VocabularyService(VocabularyTermRepository terms, GoalAreaMappingRepository mappings) {
        this.terms = terms;
        this.mappings = mappings;
    }

    public synchronized List<Term> terms(VocabularyKind kind) {
        return cache.computeIfAbsent(kind,
                k -> terms.findByKindOrderBySortOrder(k).stream().map(VocabularyTermEntity::toTerm).toList());
    }

    public Optional<Term> term(VocabularyKind kind, String code) {
        return terms(kind).stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The label of a code, or the code itself when the vocabulary does not know it. */
    public String label(VocabularyKind kind, String code, Locale locale) {
        return term(kind, code).map(t -> t.label(locale)).orElse(code);
    }

    /** Areas of monitoring that belong to the given goals, in vocabulary order. */
    public List<Term> areasForGoals(Collection<String> goalCodes) {
        Set<String> areaCodes = new LinkedHashSet<>();
        mappingCache.computeIfAbsent(CURRENT_FRAMEWORK, mappings::findByFramework).stream()
                .filter(m -> goalCodes.contains(m.goalCode()))
                .forEach(m -> areaCodes.add(m.areaCode()));
        return terms(VocabularyKind.AREA).stream().filter(t -> areaCodes.contains(t.code())).toList();
    }
}
