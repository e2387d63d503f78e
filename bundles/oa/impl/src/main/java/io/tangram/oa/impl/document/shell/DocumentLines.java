package io.tangram.oa.impl.document.shell;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.karaf.shell.api.console.Session;

import io.tangram.oa.impl.document.DocumentDto;
import io.tangram.oa.impl.document.DocumentSettings;
import io.tangram.oa.impl.document.FolderService;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.i18n.Text;

/** How the document commands print: plain columns, times in the configured time zone, sizes in KB/MB. */
final class DocumentLines {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private DocumentLines() {
    }

    static PrintStream out(Session session) {
        return session == null ? System.out : session.getConsole();
    }

    static Object user(Session session) {
        return session == null ? null : session.get("USER");
    }

    static ZoneId zone(DocumentSettings settings) {
        return settings.limits().zone();
    }

    static String time(Instant at, ZoneId zone) {
        return at == null ? "-" : TIME.withZone(zone).format(at);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    static void header(PrintStream out) {
        out.printf("%-6s %-4s %10s %-16s %-12s %-14s %s%n", "id", "ver", "size", "updated", "by", "checked out",
                "name");
    }

    static void print(PrintStream out, DocumentDto d, ZoneId zone, boolean withFolder) {
        out.printf("%-6d %-4d %10s %-16s %-12s %-14s %s%s%s%n", d.id(), d.currentVersion(), size(d.sizeBytes()),
                time(d.updatedAt(), zone), d.updatedBy(), d.checkedOutBy() == null ? "-" : d.checkedOutBy(),
                withFolder ? d.folderPath() + "/" : "", d.name(),
                d.tags().isEmpty() ? "" : "  [" + String.join(", ", d.tags()) + "]");
    }

    /** A folder typed as its id or its path ({@code Contracts/2026}). */
    static long folderId(FolderService folders, long companyId, String typed) {
        String value = typed.strip();
        if (value.matches("\\d+")) {
            return Long.parseLong(value);
        }
        return folders.byPath(companyId, value).orElseThrow(() -> new NotFoundException(Text.of(
                "There is no folder {0}", "不存在文件夹 {0}", value))).id();
    }
}
