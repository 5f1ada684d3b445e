package org.policymonitor.measure;

/**
 * Answer to a yes/no question of the current form (targets young people, preferential treatment, gender
 * equality). NOT_ANSWERED is what a measure reported before the question existed, or imported without it,
 * carries: it is never read as NO.
 */
public enum YesNo {
    YES, NO, NOT_ANSWERED
}
