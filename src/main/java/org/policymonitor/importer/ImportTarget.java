package org.policymonitor.importer;

/** Whether imported records become drafts for the ministries or published measures. */
public enum ImportTarget {
    DRAFT, PUBLISHED
}
