package org.policymonitor.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the bytes of an export into text: rejects empty and binary input, reads UTF-8 when the bytes are valid
 * UTF-8 and Windows-1252 otherwise, unifies line endings and repairs UTF-8 that was once read as Latin-1 or
 * Windows-1252 ("Ã©" becomes "é").
 */
final class TextDecoder {

    static final String UTF_8 = "UTF-8";
    static final String WINDOWS_1252 = "windows-1252";
    static final String UTF_16 = "UTF-16";

    private static final double BINARY_CONTROL_RATIO = 0.10;
    private static final int MAX_REPAIR_PASSES = 3;
    private static final int MAX_REPAIR_SAMPLES = 5;
    private static final char[] WINDOWS_1252_CHARS = windows1252Table();

    record Decoded(String text, String encoding, List<ImportIssue> issues) {
    }

    private TextDecoder() {
    }

    /** Decoded text, or the ERROR issue explaining why the bytes are not a text export. */
    static Decoded decode(byte[] content) {
        List<ImportIssue> issues = new ArrayList<>();
        if (content == null || content.length == 0) {
            return rejected(ImportIssue.error(null, MessageKeys.EMPTY, "0 bytes"));
        }
        String text;
        String encoding;
        if (hasUtf16ByteOrderMark(content)) {
            text = new String(content, StandardCharsets.UTF_16);
            encoding = UTF_16;
            issues.add(ImportIssue.warning(null, MessageKeys.DECODED_AS_UTF_16, UTF_16));
        } else {
            String binaryEvidence = binaryEvidence(content);
            if (binaryEvidence != null) {
                return rejected(ImportIssue.error(null, MessageKeys.BINARY, binaryEvidence));
            }
            String utf8 = strictUtf8(content);
            if (utf8 != null) {
                text = utf8;
                encoding = UTF_8;
            } else {
                text = windows1252(content);
                encoding = WINDOWS_1252;
                issues.add(ImportIssue.warning(null, MessageKeys.DECODED_AS_WINDOWS_1252, WINDOWS_1252));
            }
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        text = unifyLineEndings(text);
        if (Labels.isBlank(text)) {
            return rejected(ImportIssue.error(null, MessageKeys.EMPTY, content.length + " bytes of white space"));
        }
        Set<String> samples = new LinkedHashSet<>();
        int[] repairs = {0};
        for (int pass = 0; pass < MAX_REPAIR_PASSES; pass++) {
            String repaired = repairMojibake(text, samples, repairs);
            if (repaired.equals(text)) {
                break;
            }
            text = repaired;
        }
        if (repairs[0] > 0) {
            issues.add(ImportIssue.warning(null, MessageKeys.MOJIBAKE_REPAIRED,
                    repairs[0] + ": " + String.join(", ", samples)));
        }
        return new Decoded(text, encoding, issues);
    }

    private static Decoded rejected(ImportIssue error) {
        return new Decoded(null, null, List.of(error));
    }

    private static boolean hasUtf16ByteOrderMark(byte[] content) {
        return content.length >= 2 && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
                || (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE));
    }

    private static String binaryEvidence(byte[] content) {
        int controls = 0;
        for (int i = 0; i < content.length; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                return "NUL byte at offset " + i;
            }
            if ((b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') || b == 0x7F) {
                controls++;
            }
        }
        if (controls > content.length * BINARY_CONTROL_RATIO) {
            return controls + " control bytes in " + content.length;
        }
        return null;
    }

    private static String strictUtf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(content));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String windows1252(byte[] content) {
        char[] chars = new char[content.length];
        for (int i = 0; i < content.length; i++) {
            chars[i] = WINDOWS_1252_CHARS[content[i] & 0xFF];
        }
        return new String(chars);
    }

    /** Windows-1252, with its five undefined bytes read as the Latin-1 control characters of the same value. */
    private static char[] windows1252Table() {
        byte[] all = new byte[256];
        for (int b = 0; b < 256; b++) {
            all[b] = (byte) b;
        }
        String decoded = new String(all, Charset.forName("windows-1252"));
        char[] table = new char[256];
        for (int b = 0; b < 256; b++) {
            char c = decoded.charAt(b);
            table[b] = c == '\uFFFD' ? (char) b : c;
        }
        return table;
    }

    private static int windows1252Byte(char c) {
        if (c <= 0xFF) {
            return c;
        }
        for (int b = 0x80; b < 0xA0; b++) {
            if (WINDOWS_1252_CHARS[b] == c) {
                return b;
            }
        }
        return -1;
    }

    static String unifyLineEndings(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * Replaces each run of characters whose Windows-1252/Latin-1 bytes form one complete, well-formed UTF-8
     * sequence for a non-ASCII code point by that code point. Runs that do not decode are left as they are.
     */
    static String repairMojibake(String text, Set<String> samples, int[] repairs) {
        StringBuilder out = null;
        int copiedUpTo = 0;
        int i = 0;
        while (i < text.length()) {
            char lead = text.charAt(i);
            int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                    : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            int codePoint = length == 0 ? -1 : decodeSequence(text, i, length);
            if (codePoint < 0) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copiedUpTo, i).appendCodePoint(codePoint);
            if (samples.size() < MAX_REPAIR_SAMPLES) {
                samples.add(text.substring(i, i + length) + " → " + Character.toString(codePoint));
            }
            repairs[0]++;
            i += length;
            copiedUpTo = i;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copiedUpTo, text.length()).toString();
    }

    private static int decodeSequence(String text, int start, int length) {
        if (start + length > text.length()) {
            return -1;
        }
        int lead = text.charAt(start);
        int codePoint = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
        for (int k = 1; k < length; k++) {
            int b = windows1252Byte(text.charAt(start + k));
            if (b < 0x80 || b > 0xBF) {
                return -1;
            }
            if (k == 1 && ((lead == 0xE0 && b < 0xA0) || (lead == 0xED && b > 0x9F)
                    || (lead == 0xF0 && b < 0x90) || (lead == 0xF4 && b > 0x8F))) {
                return -1;
            }
            codePoint = (codePoint << 6) | (b & 0x3F);
        }
        return codePoint;
    }
}
