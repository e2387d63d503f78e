package io.tangram.platform.impl.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.nio.charset.StandardCharsets;

/**
 * One versioned migration script of a module: {@code V<version>__<description>.sql}, optionally
 * {@code V<version>__<description>.<database>.sql} for one database.
 */
public record Migration(int version, String description, String script) {

    private static final Pattern FILE = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)(?:\\.([a-z]+))?\\.sql");

    public Migration {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(script, "script");
    }

    /** Parsed file name: version, description and the database it is meant for (null for all). */
    public record FileName(int version, String description, String database) {
    }

    /** Parses a migration file name, or returns {@code null} if it is not one. */
    public static FileName parseFileName(String fileName) {
        Matcher m = FILE.matcher(fileName);
        if (!m.matches()) {
            return null;
        }
        return new FileName(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), m.group(3));
    }

    /** CRC32 of the script, recorded so an edited, already applied migration is detected. */
    public long checksum() {
        CRC32 crc = new CRC32();
        crc.update(script.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /** The SQL statements: separated by a {@code ;} at the end of a line; {@code --} lines ignored. */
    public List<String> statements() {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                statements.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
