package org.policymonitor.measure;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one place that says what a complete, valid measure (2020 form) is. The editor shows its result
 * beside the fields and as a score; {@link MeasureService#submit} refuses a measure that is not complete.
 * A draft may be saved in any state.
 */
public final class Completeness {

    public static final int TITLE_MAX = 500;
    public static final int AGENCY_MAX = 500;
    public static final int WEBSITE_MAX = 2000;
    public static final int PARTNER_NAME_MAX = 500;
    public static final int LONG_TEXT_MAX = 50_000;
    /** Vocabulary codes and partner entity types (database columns of 60). */
    public static final int CODE_MAX = 60;
    /** Digits before the decimal point the budget column (numeric(19, 2)) holds. */
    public static final int AMOUNT_INTEGER_DIGITS = 17;
    public static final int AMOUNT_DECIMALS = 2;
    /** All texts of a measure together: its JSON snapshot (revision, publication, catalogue) must fit 1,000,000. */
    public static final int TOTAL_TEXT_MAX = 900_000;

    /** Required for submission. Conclusions are required too, but only when evaluated = yes. */
    public static final Set<MeasureField> REQUIRED = EnumSet.of(MeasureField.TITLE, MeasureField.AGENCIES,
            MeasureField.DESCRIPTION, MeasureField.GOALS, MeasureField.AREAS);
    /** Not required, but a good measure has them; they count towards the score. */
    public static final Set<MeasureField> RECOMMENDED = EnumSet.of(MeasureField.WEBSITE, MeasureField.RESULTS,
            MeasureField.BUDGET_TEXT, MeasureField.PARTNERS, MeasureField.EVALUATION, MeasureField.DOMAINS);
    /**
     * The current form's cross-cutting yes/no questions: required (yes or no) on that form only. A measure
     * reported on a legacy form was never asked them, so neither they nor {@link #CURRENT_FORM_RECOMMENDED}
     * count for it.
     */
    public static final Set<MeasureField> CURRENT_FORM_REQUIRED = EnumSet.of(MeasureField.TARGETS_YOUTH,
            MeasureField.PREFERENTIAL_TREATMENT, MeasureField.GENDER_EQUALITY);
    /** The Sustainable Development Goals: recommended on the current form. */
    public static final Set<MeasureField> CURRENT_FORM_RECOMMENDED = EnumSet.of(MeasureField.SDGS);

    /** Something wrong with one field; {@code messageKey} explains it, {@code argument} fills its {0}. */
    public record Problem(MeasureField field, String messageKey, Object argument) {
    }

    private final List<MeasureField> missingRequired;
    private final List<MeasureField> missingRecommended;
    private final List<Problem> invalid;
    private final List<MeasureField> counted;
    private final int score;

    private Completeness(List<MeasureField> counted, List<MeasureField> missingRequired,
            List<MeasureField> missingRecommended, List<Problem> invalid, int score) {
        this.counted = List.copyOf(counted);
        this.missingRequired = List.copyOf(missingRequired);
        this.missingRecommended = List.copyOf(missingRecommended);
        this.invalid = List.copyOf(invalid);
        this.score = score;
    }

    /** The completeness of a measure on the current form ({@link FormVersion#FORM_2020}). */
    public static Completeness of(MeasureContent content) {
        return of(content, FormVersion.FORM_2020);
    }

    /** The completeness of a measure reported on {@code form}: the cross-cutting questions count only on the current one. */
    public static Completeness of(MeasureContent content, FormVersion form) {
        MeasureContent c = content == null ? MeasureContent.empty() : content;
        boolean current = form == null || !form.isLegacy();
        List<MeasureField> missingRequired = new ArrayList<>();
        List<MeasureField> missingRecommended = new ArrayList<>();
        List<MeasureField> countedFields = new ArrayList<>();
        int counted = 0;
        int filled = 0;
        for (MeasureField field : MeasureField.values()) {
            boolean required = REQUIRED.contains(field)
                    || (field == MeasureField.CONCLUSIONS && c.evaluation() == Evaluation.YES)
                    || (current && CURRENT_FORM_REQUIRED.contains(field));
            boolean recommended = RECOMMENDED.contains(field) || (current && CURRENT_FORM_RECOMMENDED.contains(field));
            if (!required && !recommended) {
                continue;
            }
            boolean present = isPresent(field, c);
            countedFields.add(field);
            counted += required ? 2 : 1;
            if (present) {
                filled += required ? 2 : 1;
            } else if (required) {
                missingRequired.add(field);
            } else {
                missingRecommended.add(field);
            }
        }
        return new Completeness(countedFields, missingRequired, missingRecommended, problems(c),
                filled * 100 / counted);
    }

    private static boolean isPresent(MeasureField field, MeasureContent c) {
        return switch (field) {
            case AGENCIES -> c.agencies().stream().anyMatch(a -> a != null && !a.isBlank());
            case PARTNERS -> c.partners().stream().anyMatch(p -> p.name() != null && !p.name().isBlank());
            case BUDGET_TEXT -> MeasureField.BUDGET_TEXT.isFilledIn(c) || c.budgetUsd() != null;
            default -> field.isFilledIn(c);
        };
    }

    private static List<Problem> problems(MeasureContent c) {
        List<Problem> problems = new ArrayList<>();
        tooLong(problems, MeasureField.TITLE, c.title(), TITLE_MAX);
        for (String agency : c.agencies()) {
            tooLong(problems, MeasureField.AGENCIES, agency, AGENCY_MAX);
        }
        for (PartnerRow partner : c.partners()) {
            tooLong(problems, MeasureField.PARTNERS, partner.name(), PARTNER_NAME_MAX);
        }
        for (MeasureField field : List.of(MeasureField.DESCRIPTION, MeasureField.RESULTS, MeasureField.BUDGET_TEXT,
                MeasureField.CONCLUSIONS)) {
            tooLong(problems, field, (String) field.valueIn(c), LONG_TEXT_MAX);
        }
        if (c.website() != null && !c.website().isBlank()) {
            if (c.website().length() > WEBSITE_MAX) {
                problems.add(new Problem(MeasureField.WEBSITE, "measure.validation.tooLong", WEBSITE_MAX));
            } else if (!isWebAddress(c.website().strip())) {
                problems.add(new Problem(MeasureField.WEBSITE, "measure.validation.url", null));
            }
        }
        if (c.budgetUsd() != null && c.budgetUsd().compareTo(BigDecimal.ZERO) < 0) {
            problems.add(new Problem(MeasureField.BUDGET_USD, "measure.validation.negativeAmount", null));
        }
        for (Problem problem : storageProblems(c)) {
            if (problems.stream().noneMatch(p -> p.field() == problem.field())) {
                problems.add(problem);
            }
        }
        return problems;
    }

    /**
     * Values that cannot be stored as typed, so even a draft with them is refused (unlike the other problems,
     * which only block submission): longer than their database column, control characters other than tab and
     * line breaks (PostgreSQL refuses NUL; spreadsheet exports cannot hold them), broken Unicode (a lone
     * surrogate), an amount beyond the budget column, texts together beyond {@link #TOTAL_TEXT_MAX} (that
     * problem has no field). At most one problem per field.
     */
    public static List<Problem> storageProblems(MeasureContent content) {
        MeasureContent c = content == null ? MeasureContent.empty() : content;
        List<Problem> problems = new ArrayList<>();
        long total = 0;
        for (MeasureField field : MeasureField.values()) {
            Object value = field.valueIn(c);
            List<String> texts = switch (value) {
                case null -> List.of();
                case String s -> List.of(s);
                case java.util.Collection<?> items -> items.stream().flatMap(item -> item instanceof PartnerRow p
                        ? java.util.stream.Stream.of(p.name(), p.entityType()) : java.util.stream.Stream.of(item))
                        .filter(java.util.Objects::nonNull).map(String::valueOf).toList();
                default -> List.of();
            };
            total += texts.stream().mapToLong(String::length).sum();
            if (texts.stream().anyMatch(Completeness::hasInvalidCharacters)) {
                problems.add(new Problem(field, "measure.validation.invalidCharacters", null));
                continue;
            }
            int max = switch (field) {
                case TITLE -> TITLE_MAX;
                case AGENCIES -> AGENCY_MAX;
                case WEBSITE -> WEBSITE_MAX;
                case GOALS, AREAS, DOMAINS, SCOPES, NATURES, SDGS -> CODE_MAX;
                default -> Integer.MAX_VALUE;
            };
            if (texts.stream().anyMatch(t -> t.length() > max)) {
                problems.add(new Problem(field, "measure.validation.tooLong", max));
            } else if (field == MeasureField.PARTNERS) {
                for (PartnerRow partner : c.partners()) {
                    if ((partner.name() != null && partner.name().length() > PARTNER_NAME_MAX)
                            || (partner.entityType() != null && partner.entityType().length() > CODE_MAX)) {
                        problems.add(new Problem(field, "measure.validation.tooLong", PARTNER_NAME_MAX));
                        break;
                    }
                }
            }
        }
        if (total > TOTAL_TEXT_MAX) {
            problems.add(new Problem(null, "measure.validation.contentTooLarge", TOTAL_TEXT_MAX));
        }
        BigDecimal amount = c.budgetUsd();
        if (amount != null) {
            BigDecimal plain = amount.stripTrailingZeros();
            if (plain.precision() - plain.scale() > AMOUNT_INTEGER_DIGITS) {
                problems.add(new Problem(MeasureField.BUDGET_USD, "measure.validation.amountTooLarge", null));
            } else if (plain.scale() > AMOUNT_DECIMALS) {
                problems.add(new Problem(MeasureField.BUDGET_USD, "measure.validation.amountPrecision",
                        AMOUNT_DECIMALS));
            }
        }
        return problems;
    }

    /**
     * The most characters the editor accepts in a field: the column size for the title, one agency line, a
     * partner's name and the web address; the form's limit for the long texts (their columns hold longer
     * imported legacy answers). The editor counts against it; {@link #overFormLimits} and
     * {@link #storageProblems} refuse beyond it, so a text is never cut.
     */
    public static int limit(MeasureField field) {
        return switch (field) {
            case TITLE -> TITLE_MAX;
            case AGENCIES -> AGENCY_MAX;
            case WEBSITE -> WEBSITE_MAX;
            case PARTNERS -> PARTNER_NAME_MAX;
            default -> LONG_TEXT_MAX;
        };
    }

    /**
     * Long texts beyond {@link #LONG_TEXT_MAX}: refused when saving from the editor, as the editor's counter
     * says (an imported legacy answer may be longer; the editor asks to shorten it before saving).
     */
    public static List<Problem> overFormLimits(MeasureContent content) {
        MeasureContent c = content == null ? MeasureContent.empty() : content;
        List<Problem> problems = new ArrayList<>();
        for (MeasureField field : List.of(MeasureField.DESCRIPTION, MeasureField.RESULTS, MeasureField.BUDGET_TEXT,
                MeasureField.CONCLUSIONS)) {
            if (field.valueIn(c) instanceof String text && text.length() > LONG_TEXT_MAX) {
                problems.add(new Problem(field, "measure.validation.tooLong", LONG_TEXT_MAX));
            }
        }
        return problems;
    }

    /** Control characters other than tab, line feed and carriage return, or a surrogate without its pair. */
    static boolean hasInvalidCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') {
                return true;
            }
            if (Character.isHighSurrogate(ch)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(ch)) {
                return true;
            }
        }
        return false;
    }

    private static void tooLong(List<Problem> problems, MeasureField field, String value, int max) {
        if (value != null && value.length() > max
                && problems.stream().noneMatch(p -> p.field() == field)) {
            problems.add(new Problem(field, "measure.validation.tooLong", max));
        }
    }

    /** An absolute http(s) address with a host, e.g. {@code https://www.example.org/page}. */
    public static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The fields that count towards the score for this content (required or recommended), in form order. */
    public List<MeasureField> counted() {
        return counted;
    }

    /** Required fields without a value. */
    public List<MeasureField> missingRequired() {
        return missingRequired;
    }

    /** Recommended fields without a value. */
    public List<MeasureField> missingRecommended() {
        return missingRecommended;
    }

    /** Values that are present but wrong (too long, not a web address, negative amount). */
    public List<Problem> invalid() {
        return invalid;
    }

    /** Every problem that blocks submission, each tied to its field: missing required values first. */
    public List<Problem> blockingProblems() {
        List<Problem> all = new ArrayList<>();
        for (MeasureField field : missingRequired) {
            all.add(new Problem(field, field == MeasureField.CONCLUSIONS ? "measure.validation.conclusionsExpected"
                    : "measure.validation.required", null));
        }
        all.addAll(invalid);
        return all;
    }

    /** Ready to submit: nothing required is missing and nothing is invalid. */
    public boolean isComplete() {
        return missingRequired.isEmpty() && invalid.isEmpty();
    }

    /** 0-100; required fields weigh twice as much as recommended ones. */
    public int score() {
        return score;
    }
}
