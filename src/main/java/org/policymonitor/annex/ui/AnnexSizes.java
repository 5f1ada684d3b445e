package org.policymonitor.annex.ui;

import java.text.NumberFormat;
import java.util.Locale;

/** A file's size as people read it: bytes, kB or MB (1024-based, as the limits), in the reader's number format. */
final class AnnexSizes {

    private AnnexSizes() {
    }

    static String format(long bytes, Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        if (bytes < 1024) {
            return number.format(bytes) + " B";
        }
        if (bytes < 1024 * 1024) {
            return number.format(bytes / 1024.0) + " kB";
        }
        return number.format(bytes / (1024.0 * 1024)) + " MB";
    }
}
