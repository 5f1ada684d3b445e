package org.policymonitor.importer;

/** The answer to "Has the implementation of the policy/measure been evaluated?". */
public enum Evaluated {
    YES, NO, NOT_ANSWERED
}
