package io.tangram.masterdata.impl.rules;

import io.tangram.masterdata.api.ImportError;
import io.tangram.platform.api.i18n.Text;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read into rows that know their line in the file (header = line 1), also when blank
 * lines or quoted values spanning lines occur. Column names are matched case-insensitively.
 */
public final class CsvTable {

    /** Largest file accepted, in characters. */
    public static final int MAX_CHARS = 20 * 1024 * 1024;

    private final List<Row> rows;
    private final List<ImportError> fileErrors;

    private CsvTable(List<Row> rows, List<ImportError> fileErrors) {
        this.rows = rows;
        this.fileErrors = fileErrors;
    }

    /**
     * One data row: its line, its values by canonical column name (blank values absent) and the
     * problems found while reading it.
     */
    public record Row(int line, Map<String, String> values, List<ImportError> problems) {

        public String get(String column) {
            return values.get(column);
        }
    }

    /**
     * Reads {@code csv}. Columns are matched against {@code known} ignoring case; {@code required}
     * columns must be present. Problems with the header are reported on line 1.
     */
    public static CsvTable read(Reader csv, List<String> known, Set<String> required) {
        String text = readAll(csv);
        List<ImportError> fileErrors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        if (text == null) {
            fileErrors.add(new ImportError(1, "file", Text.of("is larger than {0} characters; split it into smaller files",
                    "超过 {0} 个字符，请拆分为较小的文件", MAX_CHARS)));
            return new CsvTable(rows, fileErrors);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, String> canonical = new HashMap<>();
            for (String column : known) {
                canonical.put(column.toLowerCase(Locale.ROOT), column);
            }
            Map<Integer, String> columnAt = new HashMap<>();
            Set<String> seen = new LinkedHashSet<>();
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                fileErrors.add(new ImportError(1, "header",
                        Text.of("The file is empty; line 1 must name the columns", "文件为空；第 1 行必须是列名")));
                return new CsvTable(rows, fileErrors);
            }
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i) == null ? "" : header.get(i).strip();
                String column = canonical.get(name.toLowerCase(Locale.ROOT));
                if (column == null) {
                    fileErrors.add(new ImportError(1, name.isEmpty() ? "column " + (i + 1) : name,
                            Text.of("unknown column; expected some of: {0}", "未知列；可用的列为：{0}", String.join(", ", known))));
                } else if (!seen.add(column)) {
                    fileErrors.add(new ImportError(1, column, Text.of("column appears twice", "列重复出现")));
                } else {
                    columnAt.put(i, column);
                }
            }
            for (String column : required) {
                if (!seen.contains(column)) {
                    fileErrors.add(new ImportError(1, column, Text.of("required column is missing", "缺少必需的列")));
                }
            }
            if (!fileErrors.isEmpty()) {
                return new CsvTable(rows, fileErrors);
            }
            int[] lineStarts = lineStarts(text);
            for (CSVRecord record : parser) {
                int line = lineOf(lineStarts, record.getCharacterPosition());
                Map<String, String> values = new HashMap<>();
                List<ImportError> problems = new ArrayList<>();
                for (int i = 0; i < record.size(); i++) {
                    String column = columnAt.get(i);
                    String value = record.get(i);
                    if (column != null && value != null && !value.isBlank()) {
                        values.put(column, value.strip());
                    } else if (column == null && value != null && !value.isBlank()) {
                        problems.add(new ImportError(line, "column " + (i + 1),
                                Text.of("value without a column name in the header", "该值在表头中没有对应的列")));
                    }
                }
                rows.add(new Row(line, Map.copyOf(values), List.copyOf(problems)));
            }
        } catch (IOException | UncheckedIOException e) {
            int line = rows.isEmpty() ? 2 : rows.get(rows.size() - 1).line() + 1;
            fileErrors.add(new ImportError(line, "file",
                    Text.of("is not valid CSV: {0}", "不是有效的 CSV 文件：{0}", e.getMessage())));
        }
        return new CsvTable(rows, fileErrors);
    }

    public List<Row> rows() {
        return rows;
    }

    /** Problems that make the file unusable as a whole: size, header, broken quoting. */
    public List<ImportError> fileErrors() {
        return fileErrors;
    }

    /** The whole text, or {@code null} if longer than {@link #MAX_CHARS}. */
    private static String readAll(Reader csv) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            int n;
            while ((n = csv.read(buffer)) >= 0) {
                text.append(buffer, 0, n);
                if (text.length() > MAX_CHARS) {
                    return null;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** Character offsets at which each line starts; line n starts at index n-1. */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, long position) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= position) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low + 1;
    }
}
