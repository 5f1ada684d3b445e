package org.policymonitor.importer;

/** What committing one record did; {@code batchId} names the import batch (to undo it as a whole). */
public record ImportOutcome(String sourceName, String title, Result result, Long measureId, String detail,
        String batchId) {

    public enum Result {
        /** A new measure was created. */
        CREATED,
        /** The same record (same content) was imported before: nothing was written. */
        SKIPPED_DUPLICATE,
        /** A record with the same Party, cycle and title was imported before and is still a draft: it was updated. */
        UPDATED,
        /** A record with the same Party, cycle and title exists and can no longer be changed by an import. */
        SKIPPED_CHANGED,
        /** The record could not be read (see its report), or no Party was chosen for it. */
        REJECTED;

        public String messageKey() {
            return "import.outcome." + name();
        }
    }
}
