package org.policymonitor.archfixture.internal;

/** Fixture for ArchitectureTest: an internal class of the "archfixture" module. */
public class Hidden {
}
