package org.policymonitor.vocabulary;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface VocabularyTermRepository extends JpaRepository<VocabularyTermEntity, VocabularyTermEntity.Key> {
    List<VocabularyTermEntity> findByKindOrderBySortOrder(VocabularyKind kind);
}

interface GoalAreaMappingRepository extends JpaRepository<GoalAreaMappingEntity, GoalAreaMappingEntity.Key> {
    List<GoalAreaMappingEntity> findByFramework(String framework);
}
