package org.policymonitor.measure;

/** Which QPR form a measure was reported on. */
public enum FormVersion {
    /** 2012-2015 form: key objectives, scope, nature, main feature, results expected, financial resources. */
    FORM_2012,
    /** 2016-2019 form: the 2012 fields plus "context of the measure". */
    FORM_2016,
    /** 2020+ form: the current one. */
    FORM_2020;

    public boolean isLegacy() {
        return this != FORM_2020;
    }

    /** The form a reporting cycle's code names (its {@code form_version}); the current form when it names none. */
    public static FormVersion ofCycle(String code) {
        try {
            return FormVersion.valueOf(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            return FORM_2020;
        }
    }
}
