package org.policymonitor.importer;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a budget text that is nothing but one amount, optionally with a currency before or after it. The amount
 * counts as US dollars when no currency is named (the heading asks for USD) or the currency is the dollar.
 */
final class BudgetAmount {

    sealed interface Reading {
    }

    record Usd(BigDecimal amount) implements Reading {
    }

    record OtherCurrency(String currency) implements Reading {
    }

    record Ambiguous(String number) implements Reading {
    }

    record NotAnAmount() implements Reading {
    }

    private static final Pattern AMOUNT = Pattern.compile(
            "(?<before>[\\p{L}$€£¥][\\p{L}$€£¥.]*(?: [\\p{L}$€£¥.]+)*)?\\s*"
                    + "(?<number>\\d[\\d .,'\u00A0\u202F\u2009]*\\d|\\d)\\s*"
                    + "(?<after>[\\p{L}$€£¥][\\p{L}$€£¥.]*(?: [\\p{L}$€£¥.]+)*)?\\.?");
    private static final Set<String> DOLLAR_KEYS = Set.of("usd", "us", "dollars", "us dollars", "dollars americains",
            "dolares", "dolares estadounidenses", "dolares americanos", "usd dollars", "");
    private static final Pattern GROUPED_BY_SPACES = Pattern.compile("\\d{1,3}(?:[ '\u00A0\u202F\u2009]\\d{3})+");

    private BudgetAmount() {
    }

    static Reading read(String text) {
        Matcher matcher = AMOUNT.matcher(Labels.strip(text));
        if (!matcher.matches()) {
            return new NotAnAmount();
        }
        String before = matcher.group("before");
        String after = matcher.group("after");
        if (before != null && after != null) {
            return new NotAnAmount();
        }
        String currency = before != null ? before : after != null ? after : "";
        if (currency.matches(".*[€£¥].*") || !DOLLAR_KEYS.contains(Labels.key(currency))) {
            return new OtherCurrency(currency);
        }
        return number(matcher.group("number"));
    }

    static Reading number(String number) {
        int lastComma = number.lastIndexOf(',');
        int lastDot = number.lastIndexOf('.');
        String integerPart = number;
        String fraction = "";
        if (lastComma >= 0 && lastDot >= 0) {
            int decimal = Math.max(lastComma, lastDot);
            char grouping = decimal == lastComma ? '.' : ',';
            integerPart = number.substring(0, decimal).replace(grouping, ' ');
            fraction = number.substring(decimal + 1);
            if (fraction.isEmpty() || !fraction.chars().allMatch(Character::isDigit)) {
                return new Ambiguous(number);
            }
        } else if (lastComma >= 0 || lastDot >= 0) {
            char separator = lastComma >= 0 ? ',' : '.';
            int separators = (int) number.chars().filter(c -> c == separator).count();
            String afterLast = number.substring(Math.max(lastComma, lastDot) + 1);
            if (separators > 1 || (separator == ',' && afterLast.length() == 3)) {
                integerPart = number.replace(separator, ' ');
            } else if (afterLast.length() == 3) {
                return new Ambiguous(number);
            } else {
                integerPart = number.substring(0, number.indexOf(separator));
                fraction = afterLast;
            }
            if (!fraction.chars().allMatch(Character::isDigit)) {
                return new Ambiguous(number);
            }
        }
        if (!integerPart.chars().allMatch(Character::isDigit) && !GROUPED_BY_SPACES.matcher(integerPart).matches()) {
            return new Ambiguous(number);
        }
        String digits = integerPart.replaceAll("[^0-9]", "");
        return new Usd(new BigDecimal(fraction.isEmpty() ? digits : digits + "." + fraction));
    }
}
