package org.policymonitor.measure;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a field that must hold exactly one amount in US dollars, and nothing else (docs/input-limits.md).
 * Accepted: digits with an optional decimal part of at most two digits, thousands grouped by spaces, by
 * commas when the decimal mark is a point ({@code 65,000.50}) or by points when it is a comma
 * ({@code 65.000,50}); a lone decimal comma ({@code 12,5}) in French and Spanish. Everything else is refused
 * with the reason: letters or exponents ({@code 1e309}, {@code 12abc}, {@code Infinity}, {@code NaN}), signs
 * ({@code -5}), groups that are not of three digits ({@code 1,2,3}), a separator that could be read two ways
 * ({@code 65,000} in French), more digits than the budget column holds.
 */
public final class StrictAmount {

    /** What the field holds: nothing, an amount, or a refusal with its message key and argument. */
    public sealed interface Reading {
    }

    public record Empty() implements Reading {
    }

    public record Amount(BigDecimal value) implements Reading {
    }

    public record Refused(String messageKey, Object argument) implements Reading {
    }

    /** Longer than any amount the column holds with all its separators: refused before any parsing. */
    static final int MAX_INPUT = 40;
    private static final String SPACES = " \u00A0\u202F\u2009";
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:G\\d{3})*");

    private StrictAmount() {
    }

    public static Reading read(String text, Locale locale) {
        String input = text == null ? "" : text.strip();
        if (input.isEmpty()) {
            return new Empty();
        }
        if (input.length() > MAX_INPUT) {
            return new Refused("measure.validation.amountTooLarge", null);
        }
        if (input.charAt(0) == '-' && read(input.substring(1), locale) instanceof Amount) {
            return new Refused("measure.validation.negativeAmount", null);
        }
        for (int i = 0; i < input.length(); i++) {
            char ch = input.charAt(i);
            if (!(ch >= '0' && ch <= '9') && ch != '.' && ch != ',' && SPACES.indexOf(ch) < 0) {
                return new Refused("measure.validation.notAnAmount", null);
            }
        }
        String spaced = input.replaceAll("[" + SPACES + "]+", " ");
        String number = decimalPointForm(spaced, decimalComma(locale));
        if (number == null) {
            return new Refused("measure.validation.notAnAmount", null);
        }
        if (number.equals("?")) {
            return new Refused("measure.validation.ambiguousAmount", input);
        }
        BigDecimal value = new BigDecimal(number);
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.precision() - plain.scale() > Completeness.AMOUNT_INTEGER_DIGITS) {
            return new Refused("measure.validation.amountTooLarge", null);
        }
        if (plain.scale() > Completeness.AMOUNT_DECIMALS) {
            return new Refused("measure.validation.amountPrecision", Completeness.AMOUNT_DECIMALS);
        }
        return new Amount(value);
    }

    /** The amount as the field shows it when loaded: plain digits, a point before the decimals. */
    public static String format(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    private static boolean decimalComma(Locale locale) {
        String language = locale == null ? "en" : locale.getLanguage();
        return language.equals("fr") || language.equals("es");
    }

    /**
     * The number with its grouping removed and a point as decimal mark; null when it is not one number,
     * "?" when a single separator could be either grouping or decimal mark.
     */
    private static String decimalPointForm(String text, boolean decimalComma) {
        int comma = text.lastIndexOf(',');
        int point = text.lastIndexOf('.');
        if (comma >= 0 && point >= 0) {
            int decimal = Math.max(comma, point);
            char grouping = decimal == comma ? '.' : ',';
            return join(text.substring(0, decimal), grouping, text.substring(decimal + 1));
        }
        if (comma < 0 && point < 0) {
            return join(text, ' ', "");
        }
        char separator = comma >= 0 ? ',' : '.';
        boolean localDecimal = (separator == ',') == decimalComma;
        int count = (int) text.chars().filter(c -> c == separator).count();
        String after = text.substring(text.lastIndexOf(separator) + 1);
        if (count > 1 || (!localDecimal && after.length() == 3)) {
            return join(text, separator, ""); // only grouping: 1,000,000 or 65,000 (English), 1.000.000
        }
        if (after.length() == 3 && !text.startsWith("0")) {
            return "?"; // 65,000 in French or 65.000 in English: thousands, or three decimals?
        }
        if (!localDecimal && separator == ',') {
            return null; // 12,5 in English: a comma groups thousands there
        }
        return join(text.substring(0, text.lastIndexOf(separator)), ' ', after);
    }

    /** Integer part (grouped by spaces or by {@code grouping}, consistently) and fraction, or null. */
    private static String join(String integerPart, char grouping, String fraction) {
        String integer = integerPart.strip();
        if (integer.isEmpty() || (!fraction.isEmpty() && !DIGITS.matcher(fraction).matches())
                || fraction.contains(" ")) {
            return null;
        }
        if (!DIGITS.matcher(integer).matches()) {
            String marked = integer.replace(grouping, 'G').replace(' ', 'G');
            boolean oneKind = integer.indexOf(' ') < 0 || grouping == ' ' || integer.indexOf(grouping) < 0;
            if (!oneKind || !GROUPED.matcher(marked).matches()) {
                return null;
            }
        }
        String digits = integer.replace(String.valueOf(grouping), "").replace(" ", "");
        return fraction.isEmpty() ? digits : digits + "." + fraction;
    }
}
