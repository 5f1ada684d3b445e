package org.policymonitor.archfixture;

import org.policymonitor.archfixture.internal.Hidden;

/** Fixture for ArchitectureTest: a module using its own sub-package. */
public class Caller {
    Object use() {
        return new Hidden();
    }
}
