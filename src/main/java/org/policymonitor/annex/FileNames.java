package org.policymonitor.annex;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The name a file is kept and offered under: no folders, no control or reserved characters, at most 120
 * characters, and the extension of what the file really is (a PDF sent as "minutes.docx" is kept as
 * "minutes.pdf"), so a download never opens in the wrong program.
 */
final class FileNames {

    private static final int MAX_LENGTH = 120;

    private FileNames() {
    }

    static String clean(String offered, FileKind kind) {
        String name = offered == null ? "" : Normalizer.normalize(offered, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*]", "").strip();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        stem = stem.replaceAll("^[.\\s]+", "").strip();
        if (stem.isEmpty()) {
            stem = "annex";
        }
        String extension = "." + kind.extension();
        if (stem.length() + extension.length() > MAX_LENGTH) {
            stem = stem.substring(0, MAX_LENGTH - extension.length()).strip();
        }
        return stem + extension.toLowerCase(Locale.ROOT);
    }
}
