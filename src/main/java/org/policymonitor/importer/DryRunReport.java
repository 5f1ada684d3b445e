package org.policymonitor.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One JSON object per record, on one line, for the dry run: {@code source}, {@code formVersion},
 * {@code reportedByCivilSociety}, {@code party} (ISO code or null), {@code content} (the API's measure content
 * keys) and {@code issues} (severity, field, key, English text, detail).
 */
final class DryRunReport {

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("i18n.importer", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private DryRunReport() {
    }

    static String line(ImportCandidate candidate) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("source", candidate.sourceName());
        record.put("formVersion", candidate.content().isPresent() ? candidate.formVersion().name() : null);
        record.put("reportedByCivilSociety", candidate.reportedByCivilSociety());
        record.put("party", candidate.partyIso());
        record.put("content", candidate.content().map(ContentJson::map).orElse(null));
        record.put("issues", candidate.report().issues().stream().map(DryRunReport::issue).toList());
        return ContentJson.write(record);
    }

    private static Map<String, Object> issue(ImportIssue issue) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("severity", issue.severity().name());
        map.put("field", issue.field());
        map.put("key", issue.messageKey());
        map.put("message", text(issue));
        map.put("detail", issue.detail());
        return map;
    }

    /** The issue in English, its detail quoted after it: what the command line prints. */
    static String text(ImportIssue issue) {
        String message;
        try {
            message = MESSAGES.getString(issue.messageKey());
        } catch (MissingResourceException missing) {
            message = issue.messageKey();
        }
        return message;
    }

    static String withDetail(ImportIssue issue) {
        String detail = issue.detail();
        return detail == null || detail.isBlank() ? text(issue) : text(issue) + " \"" + detail + "\"";
    }

    static List<String> lines(List<ImportCandidate> candidates) {
        return candidates.stream().map(DryRunReport::line).toList();
    }
}
