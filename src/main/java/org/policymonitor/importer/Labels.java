package org.policymonitor.importer;

import java.text.Normalizer;

/** Reduces a label to a comparison key: lower case, no accents, ligatures spelled out, punctuation as single spaces. */
final class Labels {

    private Labels() {
    }

    static String key(CharSequence label) {
        CharSequence text = isAscii(label) ? label : Normalizer.normalize(label, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(text.length());
        boolean separatorPending = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                separatorPending = true;
                continue;
            }
            if (separatorPending && !key.isEmpty()) {
                key.append(' ');
            }
            separatorPending = false;
            switch (c) {
                case 'œ', 'Œ' -> key.append("oe");
                case 'æ', 'Æ' -> key.append("ae");
                case 'ß' -> key.append("ss");
                default -> key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }

    static String compactKey(CharSequence label) {
        return key(label).replace(" ", "");
    }

    static boolean hasLetterOrDigit(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    static String stripTrailingSpace(String line) {
        int end = line.length();
        while (end > 0 && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return end == line.length() ? line : line.substring(0, end);
    }

    static String strip(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isSpace(line.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    private static boolean isAscii(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
