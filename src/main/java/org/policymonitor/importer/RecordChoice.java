package org.policymonitor.importer;

/**
 * What the administrator corrected for one record in the preview; null fields keep what was read.
 * {@code newMinistryName}, when set, is the proposed ministry they accepted: it is created for the Party.
 */
public record RecordChoice(Long partyId, String title, Long ministryId, String newMinistryName) {

    public static final RecordChoice NONE = new RecordChoice(null, null, null, null);
}
