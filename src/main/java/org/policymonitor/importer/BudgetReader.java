package org.policymonitor.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structured USD amount of a budget text: set only when the text states exactly one amount in US dollars
 * (a bare amount under the "in USD" label counts), "approx." and its kin reported; the text is always kept as
 * reported by the caller.
 */
final class BudgetReader {

    record Budget(BigDecimal usd, List<ImportIssue> issues) {
    }

    private static final String NUMBER = "(?<![\\d.,])(\\d{1,3}(?:[ \u00A0\u202F\u2009]\\d{3})+(?:[.,]\\d{1,2})?"
            + "|\\d{1,3}(?:[,.']\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d+)?)(?![\\d])";
    private static final String SCALE = "(?:\\s*(million|millions|millones|millón|millon|mln|billion|milliards?))?";
    private static final String USD_BEFORE = "(?:(?<![A-Za-z])US\\s*\\$|U\\.S\\.\\s*\\$|(?<![A-Za-z])USD|"
            + "(?<![A-Za-z])US\\s+dollars?|(?<![A-Za-z$])\\$)\\s*";
    private static final String USD_AFTER = "\\s*(?:USD|US\\s*\\$|US\\s+dollars?|dollars? am[ée]ricains|"
            + "d[oó]lares(?: estadounidenses| americanos)?|dollars?(?!\\s*(?:australien|canadien|n[ée]o)))(?![A-Za-z])";
    private static final Pattern USD_AMOUNT = Pattern.compile(
            "(?i:" + USD_BEFORE + ")" + NUMBER + "(?i:" + SCALE + ")" + "|" + NUMBER + "(?i:" + SCALE + USD_AFTER + ")");
    private static final Pattern APPROXIMATE = Pattern.compile(
            "(?i)(approx\\.?|approximately|about|around|circa|ca\\.|~|≈|environ|près de|aproximadamente|aprox\\.?|"
                    + "alrededor de|cerca de|unos|some)\\s*$");
    private static final Pattern OTHER_CURRENCY = Pattern.compile(
            "(?i)(?<![A-Za-z])(EUR|AUD|GEL|MXN|CAD|GBP|CHF|MNT|AZN|KRW|CZK|COP|CLP|ARS|BRL|CRC|JPY|CNY|INR|NZD|SEK|NOK|DKK|"
                    + "PLN|HUF|RON|BGN|TRY|UAH|RUB|ZAR|KES|NGN|XOF|XAF|MAD|TND|EGP|A\\$|CA\\$|MX\\$|NZ\\$|€|£|¥|₩|₾|"
                    + "euros?|pesos?|colones|tenge|tugriks?|lari|manat)(?![A-Za-z])");

    private BudgetReader() {
    }

    static Budget read(String text) {
        List<ImportIssue> issues = new ArrayList<>();
        switch (BudgetAmount.read(text)) {
            case BudgetAmount.Usd usd -> {
                return new Budget(usd.amount(), issues);
            }
            case BudgetAmount.Ambiguous ambiguous -> {
                issues.add(ImportIssue.warning("budgetUsd", MessageKeys.AMBIGUOUS_AMOUNT, text));
                return new Budget(null, issues);
            }
            case BudgetAmount.OtherCurrency other -> {
                issues.add(ImportIssue.warning("budgetUsd", MessageKeys.BUDGET_NOT_IN_USD, text));
                return new Budget(null, issues);
            }
            case BudgetAmount.NotAnAmount notAnAmount -> {
            }
        }
        List<BigDecimal> amounts = new ArrayList<>();
        boolean approximate = false;
        boolean ambiguous = false;
        Matcher matcher = USD_AMOUNT.matcher(text);
        while (matcher.find()) {
            String number = matcher.group(1) != null ? matcher.group(1) : matcher.group(3);
            String scale = matcher.group(1) != null ? matcher.group(2) : matcher.group(4);
            BudgetAmount.Reading reading = BudgetAmount.number(number.replace('\'', ' '));
            if (!(reading instanceof BudgetAmount.Usd usd)) {
                ambiguous = true;
                continue;
            }
            BigDecimal amount = scaled(usd.amount(), scale);
            if (amounts.stream().noneMatch(a -> a.compareTo(amount) == 0)) {
                amounts.add(amount);
            }
            approximate |= APPROXIMATE.matcher(text.substring(0, matcher.start())).find();
        }
        if (amounts.size() == 1 && !ambiguous) {
            issues.add(ImportIssue.warning("budgetUsd", approximate ? MessageKeys.BUDGET_APPROXIMATE
                    : MessageKeys.BUDGET_READ_FROM_TEXT, amounts.getFirst().toPlainString()));
            return new Budget(amounts.getFirst(), issues);
        }
        if (amounts.size() > 1 || ambiguous) {
            issues.add(ImportIssue.warning("budgetUsd", MessageKeys.SEVERAL_USD_AMOUNTS, text));
        } else if (OTHER_CURRENCY.matcher(text).find()) {
            issues.add(ImportIssue.warning("budgetUsd", MessageKeys.BUDGET_NOT_IN_USD, text));
        } else if (text.matches("(?s).*\\d{3}.*")) {
            issues.add(ImportIssue.warning("budgetUsd", MessageKeys.AMBIGUOUS_AMOUNT, text));
        }
        return new Budget(null, issues);
    }

    private static BigDecimal scaled(BigDecimal amount, String scale) {
        if (scale == null) {
            return amount;
        }
        String s = scale.toLowerCase(java.util.Locale.ROOT);
        BigDecimal factor = s.startsWith("billion") || s.startsWith("milliard") ? new BigDecimal("1000000000")
                : new BigDecimal("1000000");
        return amount.multiply(factor).setScale(0, java.math.RoundingMode.HALF_UP);
    }
}
