package org.policymonitor.measure;

/** Answer to "Has the implementation of the policy/measure been evaluated?". */
public enum Evaluation {
    YES, NO, NOT_ANSWERED
}
