package io.tangram.crm.impl.lead;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;

/**
 * Reads a lead file: CSV (RFC 4180: quoted values may hold commas, doubled quotes and line breaks),
 * UTF-8, a header row naming the columns in any order ({@link #COLUMNS}, or their Chinese names),
 * blank lines skipped. Problems of the file as a whole (no header, no {@code name} column, an
 * unknown or repeated column, too many rows) refuse it; each row's own problems are the importer's.
 */
public final class LeadCsv {
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 10_000;
    /** The columns, in the order of a template file. */
    public static final List<String> COLUMNS = List.of("name", "company", "phone", "email", "region", "industry",
            "source", "note");
    private static final Map<String, String> HEADERS = headers();

    /**
     * One data row.
     *
     * @param line      the file line it starts on (the header is on line 1 of a file without blank lines)
     * @param values    its values by column, stripped, {@code null} when empty
     * @param surplus   how many values it has beyond the header's columns
     */
    public record Row(int line, Map<String, String> values, int surplus) {
        public String get(String column) {
            return values.get(column);
        }
    }

    private LeadCsv() {
    }

    private static Map<String, String> headers() {
        Map<String, String> h = new HashMap<>();
        for (String[] names : new String[][] {{"name", "姓名", "联系人"}, {"company", "公司", "公司名称", "单位"},
                {"phone", "电话", "手机", "手机号"}, {"email", "邮箱", "电子邮件", "e-mail"}, {"region", "地区", "区域"},
                {"industry", "行业"}, {"source", "来源", "线索来源"}, {"note", "备注", "说明"}}) {
            for (String name : names) {
                h.put(name, names[0]);
            }
        }
        return Map.copyOf(h);
    }

    /** The text of an uploaded file, decoded strictly as UTF-8 so a GBK file is refused, not garbled. */
    public static String read(InputStream body) {
        if (body == null) {
            throw empty();
        }
        byte[] bytes;
        try {
            bytes = body.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded lead file", e);
        }
        if (bytes.length == 0) {
            throw empty();
        }
        if (bytes.length > MAX_BYTES) {
            throw ValidationException.of("file", Text.of("the file is larger than 5 MB; split it", "文件超过 5 MB，请拆分"));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ValidationException.of("file", Text.of("is not UTF-8 text; save the file as CSV UTF-8",
                    "不是 UTF-8 文本，请将文件另存为“CSV UTF-8”格式"));
        }
    }

    /** The data rows of {@code text}. @throws ValidationException when the file as a whole is unusable */
    public static List<Row> parse(String text) {
        List<Record> records = records(text == null ? "" : text);
        if (records.isEmpty()) {
            throw empty();
        }
        Record header = records.get(0);
        List<FieldError> errors = new ArrayList<>();
        Map<Integer, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.values().size(); i++) {
            String name = header.values().get(i).strip();
            String column = HEADERS.get(name.toLowerCase(Locale.ROOT));
            if (name.isEmpty()) {
                continue;
            }
            if (column == null) {
                errors.add(new FieldError("header", Text.of("has an unknown column \"{0}\"; the columns are {1}",
                        "有未知的列“{0}”；可用的列：{1}", name, String.join(", ", COLUMNS))));
            } else if (columns.containsValue(column)) {
                errors.add(new FieldError("header", Text.of("names column {0} twice", "列 {0} 重复", column)));
            } else {
                columns.put(i, column);
            }
        }
        if (!columns.containsValue("name")) {
            errors.add(new FieldError("header", Text.of("has no name column", "缺少 name（姓名）列")));
        }
        if (records.size() - 1 > MAX_ROWS) {
            errors.add(new FieldError("file", Text.of("has more than {0} rows; split it", "超过 {0} 行，请拆分", MAX_ROWS)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (records.size() == 1) {
            throw ValidationException.of("file", Text.of("has a header but no rows", "只有表头，没有数据行"));
        }
        List<Row> rows = new ArrayList<>();
        for (Record record : records.subList(1, records.size())) {
            Map<String, String> values = new HashMap<>();
            columns.forEach((index, column) -> {
                if (index < record.values().size()) {
                    String v = record.values().get(index).strip();
                    values.put(column, v.isEmpty() ? null : v);
                }
            });
            rows.add(new Row(record.line(), values, Math.max(0, record.values().size() - header.values().size())));
        }
        return rows;
    }

    private static ValidationException empty() {
        return ValidationException.of("file", Text.of("a CSV file with a header row is required", "需要带表头的 CSV 文件"));
    }

    /** The values of one CSV record and the file line it starts on. */
    record Record(int line, List<String> values) {
    }

    static List<Record> records(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Record> records = new ArrayList<>();
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    value.append(c);
                }
            } else if (c == '"' && value.toString().isBlank()) {
                value.setLength(0);
                quoted = true;
            } else if (c == ',') {
                values.add(value.toString());
                value.setLength(0);
            } else if (c == '\n' || c == '\r') {
                values.add(value.toString());
                value.setLength(0);
                add(records, start, values);
                values = new ArrayList<>();
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                start = line;
            } else {
                value.append(c);
            }
        }
        if (quoted) {
            throw ValidationException.of("file", Text.of("has a quoted value that is never closed (line {0})",
                    "有未闭合的引号（第 {0} 行）", String.valueOf(start)));
        }
        values.add(value.toString());
        add(records, start, values);
        return records;
    }

    private static void add(List<Record> records, int line, List<String> values) {
        if (values.stream().anyMatch(v -> !v.isBlank())) {
            records.add(new Record(line, List.copyOf(values)));
        }
    }
}
