package org.policymonitor.importer;

/** Which QPR form an exported measure follows, as recognised from its headings. */
public enum FormVersion {
    /** 2020+ form: description, website, results, budget in USD, partners, evaluation, goals, areas, domains. */
    FORM_2020,
    /** 2012-2019 legacy form: key objectives, scope, nature, main feature, results expected, financial resources. */
    FORM_2012
}
