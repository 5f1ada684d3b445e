package org.policymonitor.annex;

/** The record a file is attached to. */
public record AnnexOwner(Kind kind, Long id) {

    public enum Kind {
        MEASURE
    }

    public static AnnexOwner measure(Long measureId) {
        return new AnnexOwner(Kind.MEASURE, measureId);
    }
}
