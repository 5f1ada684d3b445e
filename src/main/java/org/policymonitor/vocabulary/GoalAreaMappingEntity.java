package org.policymonitor.vocabulary;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

@Entity
@Table(name = "goal_area_mapping")
@IdClass(GoalAreaMappingEntity.Key.class)
class GoalAreaMappingEntity {

    record Key(String framework, String goalCode, String areaCode) implements Serializable {
        Key() {
            this(null, null, null);
        }
    }

    @Id
    private String framework;
    @Id
    private String goalCode;
    @Id
    private String areaCode;

    protected GoalAreaMappingEntity() {
    }

    String goalCode() {
        return goalCode;
    }

    String areaCode() {
        return areaCode;
    }
}
