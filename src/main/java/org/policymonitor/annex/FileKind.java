package org.policymonitor.annex;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file an annex may be, recognised by their content, never by their name: a file called
 * "report.pdf" that is an executable is refused, and a DOCX is told from an XLSX by the parts inside the zip.
 */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    GIF("image/gif", "gif");

    /** Zip entries read before giving up: enough for any office file, bounded for a hostile archive. */
    private static final int MAX_ZIP_ENTRIES = 2_000;

    private final String mediaType;
    private final String extension;

    FileKind(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** What the bytes are, when they are one of the accepted kinds. */
    public static Optional<FileKind> of(byte[] bytes) {
        if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(bytes, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(GIF);
        }
        if (startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            return ofZip(bytes);
        }
        return Optional.empty();
    }

    /**
     * Office files are zips: OOXML names its main part ({@code word/document.xml}, {@code xl/workbook.xml});
     * OpenDocument stores its media type uncompressed in the first entry, {@code mimetype}. Only entry names and
     * that short entry are read, never the compressed parts (no zip bomb is expanded).
     */
    private static Optional<FileKind> ofZip(byte[] bytes) {
        Set<String> names = new HashSet<>();
        String openDocumentType = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null && names.size() < MAX_ZIP_ENTRIES) {
                names.add(entry.getName());
                if (names.size() == 1 && entry.getName().equals("mimetype")) {
                    openDocumentType = new String(readAtMost(zip, 100), StandardCharsets.US_ASCII).trim();
                }
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            return Optional.empty();
        }
        if (ODT.mediaType.equals(openDocumentType)) {
            return Optional.of(ODT);
        }
        if (ODS.mediaType.equals(openDocumentType)) {
            return Optional.of(ODS);
        }
        if (names.contains("[Content_Types].xml") && names.contains("word/document.xml")) {
            return Optional.of(DOCX);
        }
        if (names.contains("[Content_Types].xml") && names.contains("xl/workbook.xml")) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
