package io.tangram.oa.impl.document;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Content types of the usual office files by extension, and whether a file's first bytes fit its
 * extension, so a program renamed to {@code .pdf} is not stored as a PDF.
 */
final class FileTypes {
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 0x05, 0x06};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    /** How many leading bytes the checks read. */
    static final int HEAD = 8;

    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("txt", "text/plain"),
            Map.entry("csv", "text/csv"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("zip", "application/zip"),
            Map.entry("ofd", "application/ofd"));

    private static final Map<String, List<byte[]>> SIGNATURES = Map.ofEntries(
            Map.entry("pdf", List.of(PDF)),
            Map.entry("png", List.of(PNG)),
            Map.entry("jpg", List.of(JPEG)),
            Map.entry("jpeg", List.of(JPEG)),
            Map.entry("zip", List.of(ZIP, EMPTY_ZIP)),
            Map.entry("docx", List.of(ZIP)),
            Map.entry("xlsx", List.of(ZIP)),
            Map.entry("pptx", List.of(ZIP)),
            Map.entry("ofd", List.of(ZIP)),
            Map.entry("doc", List.of(OLE)),
            Map.entry("xls", List.of(OLE)),
            Map.entry("ppt", List.of(OLE)));

    private FileTypes() {
    }

    /** The extension of a file name, lower case without the dot; empty when it has none. */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The content type to store: the usual one of the extension, else what the client declared
     * (without parameters), else {@code application/octet-stream}.
     */
    static String contentType(String extension, String declared) {
        String known = CONTENT_TYPES.get(extension);
        if (known != null) {
            return known;
        }
        if (declared == null || declared.isBlank()) {
            return "application/octet-stream";
        }
        String plain = declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return plain.isEmpty() || plain.length() > 120 ? "application/octet-stream" : plain;
    }

    /** The content type a search for {@code typed} means: an extension such as {@code pdf}, or a type as is. */
    static String searched(String typed) {
        String t = typed.strip().toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
        return CONTENT_TYPES.getOrDefault(t, t);
    }

    /** Whether a file's first bytes fit its extension; extensions without a known signature always fit. */
    static boolean fits(String extension, byte[] head) {
        List<byte[]> signatures = SIGNATURES.get(extension);
        return signatures == null || signatures.stream().anyMatch(s -> head.length >= s.length
                && Arrays.equals(Arrays.copyOf(head, s.length), s));
    }
}
