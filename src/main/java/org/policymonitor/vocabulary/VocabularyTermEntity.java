package org.policymonitor.vocabulary;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

@Entity
@Table(name = "vocabulary_term")
@IdClass(VocabularyTermEntity.Key.class)
class VocabularyTermEntity {

    record Key(VocabularyKind kind, String code) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Enumerated(EnumType.STRING)
    private VocabularyKind kind;
    @Id
    private String code;
    @Column(name = "sort_order")
    private int sortOrder;
    private String labelEn;
    private String labelFr;
    private String labelEs;

    protected VocabularyTermEntity() {
    }

    Term toTerm() {
        return new Term(kind, code, sortOrder, labelEn, labelFr, labelEs);
    }
}
