package org.policymonitor.importer;

/** Keys of the {@code i18n/importer} bundle used in {@link ImportIssue#messageKey()}. */
final class MessageKeys {

    static final String EMPTY = "import.error.empty";
    static final String BINARY = "import.error.binary";
    static final String ERROR_MALFORMED_CSV = "import.error.malformedCsv";
    static final String ERROR_BROKEN_ZIP = "import.error.brokenZip";
    static final String ERROR_ZIP_TOO_LARGE = "import.error.zipTooLarge";
    static final String ERROR_NESTED_ZIP = "import.error.nestedZip";
    static final String ERROR_TOO_LARGE = "import.error.tooLarge";
    static final String ERROR_CANNOT_STORE = "import.error.cannotStore";
    static final String DECODED_AS_WINDOWS_1252 = "import.warning.decodedAsWindows1252";
    static final String DECODED_AS_UTF_16 = "import.warning.decodedAsUtf16";
    static final String MOJIBAKE_REPAIRED = "import.warning.mojibakeRepaired";
    static final String CONTROL_CHARACTERS_REMOVED = "import.warning.controlCharactersRemoved";
    static final String TRAILING_JUNK = "import.warning.trailingJunk";
    static final String MISSING_TITLE = "import.warning.missingTitle";
    static final String MISSING_AGENCY = "import.warning.missingAgency";
    static final String NO_SECTIONS = "import.warning.noSections";
    static final String MIXED_FORM_VERSIONS = "import.warning.mixedFormVersions";
    static final String EMPTY_SECTION = "import.warning.emptySection";
    static final String DUPLICATE_SECTION = "import.warning.duplicateSection";
    static final String UNPLACED_TEXT = "import.warning.unplacedText";
    static final String UNKNOWN_VOCABULARY = "import.warning.unknownVocabulary";
    static final String PARTNER_WITHOUT_NAME = "import.warning.partnerWithoutName";
    static final String PARTNER_WITHOUT_TYPE = "import.warning.partnerWithoutType";
    static final String UNRECOGNISED_ANSWER = "import.warning.unrecognisedAnswer";
    static final String CONCLUSIONS_WITHOUT_YES = "import.warning.conclusionsWithoutYes";
    static final String BUDGET_NOT_IN_USD = "import.warning.budgetNotInUsd";
    static final String AMBIGUOUS_AMOUNT = "import.warning.ambiguousAmount";
    static final String DOMAINS_GLUED_TO_TITLE = "import.warning.domainsGluedToTitle";
    static final String BODY_AS_DESCRIPTION = "import.warning.bodyAsDescription";
    static final String SEVERAL_PARTIES = "import.warning.severalParties";
    static final String UNKNOWN_PARTY = "import.warning.unknownParty";
    static final String INDICATORS_KEPT_IN_CONCLUSIONS = "import.warning.indicatorsKeptInConclusions";
    static final String CIVIL_SOCIETY_LABELS_ONLY = "import.warning.civilSocietyLabelsOnly";
    static final String PARTNER_NAME_IS_SENTENCE = "import.warning.partnerNameIsSentence";
    static final String AGENCIES_FROM_SENTENCE = "import.warning.agenciesFromSentence";
    static final String BUDGET_APPROXIMATE = "import.warning.budgetApproximate";
    static final String BUDGET_READ_FROM_TEXT = "import.warning.budgetReadFromText";
    static final String SEVERAL_USD_AMOUNTS = "import.warning.severalUsdAmounts";
    static final String FURNITURE_REMOVED = "import.warning.furnitureRemoved";
    static final String SPAM_REMOVED = "import.warning.spamRemoved";
    static final String LONE_LETTER_REMOVED = "import.warning.loneLetterRemoved";
    static final String CUT_OFF_LABEL = "import.warning.cutOffLabel";
    static final String PARTY_DIFFERS = "import.warning.partyDiffers";
    static final String NEW_MINISTRY = "import.warning.newMinistry";
    static final String ERROR_NO_PARTY = "import.error.noParty";

    private MessageKeys() {
    }
}
