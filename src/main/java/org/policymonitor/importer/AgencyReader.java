package org.policymonitor.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The responsible agencies from the lines between the title and the first label: one per line, numbered or
 * bulleted, or several in one sentence ("the Ministry of Culture and the National Film Centre"), split only
 * where a new organisation name starts.
 */
final class AgencyReader {

    private static final Pattern NUMBERING = Pattern.compile("^(?:\\(?\\d{1,2}[.)]|[-–•*·▪●])\\s+");
    private static final String ORGANISATION = "(?:Ministry|Ministries|Ministère|Ministerio|Secretariat|Secretaría|"
            + "Secrétariat|Department|Département|Departamento|Agency|Agence|Agencia|Council|Conseil|Consejo|Institute|"
            + "Institut|Instituto|Directorate|Commission|Comisión)\\b";
    /** Where a new name starts: a list separator followed by an article and a capital, or by an organisation word. */
    private static final Pattern SPLIT = Pattern.compile(
            "(?:\\s*[,;]\\s*(?:and\\s+|et\\s+|y\\s+)?|\\s+(?:and|et|y|&)\\s+)"
                    + "(?=(?:the|le|la|l'|les|el|los|las)\\s+\\p{Lu}|" + ORGANISATION + ")");
    private static final Pattern SENTENCE_START = Pattern.compile(
            "(?i)^(?:the measure|this measure|the policy|it is|is|are|was|were|implemented|la mesure|la medida|"
                    + "cette mesure|esta medida)\\b.*");
    private static final Pattern LEAD_IN = Pattern.compile(
            "(?i)^(?:.*?\\b(?:implemented|led|coordinated|managed|carried out|run)\\s+by|"
                    + ".*?\\b(?:mise en œuvre|mise en oeuvre|mené|menée|pilotée?|coordonnée?)\\s+par|"
                    + ".*?\\b(?:implementada|ejecutada|coordinada|liderada|a cargo)\\s+(?:por|de))\\s+");
    private static final Pattern ARTICLE = Pattern.compile("(?i)^(?:the|le|la|les|el|los|las)\\s+(?=\\p{Lu})");

    private AgencyReader() {
    }

    static List<String> read(List<Line> lines, List<ImportIssue> issues) {
        List<String> agencies = new ArrayList<>();
        for (Line line : lines) {
            String text = NUMBERING.matcher(line.stripped()).replaceFirst("");
            line.mark(SourceLine.Role.AGENCY, "agencies");
            if (!looksLikeSentence(text)) {
                agencies.add(text);
                continue;
            }
            List<String> parts = sentenceParts(text);
            issues.add(ImportIssue.warning("agencies", MessageKeys.AGENCIES_FROM_SENTENCE,
                    text + " → " + String.join(" | ", parts)));
            agencies.addAll(parts);
        }
        return agencies;
    }

    private static boolean looksLikeSentence(String text) {
        return text.endsWith(".") && text.split("\\s+").length > 3 || text.contains(", ") && SPLIT.matcher(text).find()
                || SENTENCE_START.matcher(text).matches() || text.split("\\s+").length > 18
                || SPLIT.matcher(text).find() && text.matches(".*\\s(?:and|et|y|&)\\s.*");
    }

    private static List<String> sentenceParts(String sentence) {
        String text = sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
        Matcher leadIn = LEAD_IN.matcher(text);
        if (leadIn.find()) {
            text = text.substring(leadIn.end());
        }
        List<String> parts = new ArrayList<>();
        for (String part : SPLIT.split(text)) {
            String name = ARTICLE.matcher(Labels.strip(part)).replaceFirst("");
            if (!name.isEmpty()) {
                parts.add(Character.toUpperCase(name.charAt(0)) + name.substring(1));
            }
        }
        return parts;
    }
}
