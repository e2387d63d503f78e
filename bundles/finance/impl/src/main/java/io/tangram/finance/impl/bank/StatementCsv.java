package io.tangram.finance.impl.bank;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;

/**
 * Reads a bank statement CSV file (the format documented on
 * {@link io.tangram.finance.api.bank.BankStatements}): every row is checked, and any error, named
 * {@code rows[3].date} with the row counted from 1 after the header, refuses the whole file.
 */
final class StatementCsv {
    static final int MAX_ROWS = 20_000;
    static final int MAX_ERRORS = 100;
    static final int REFERENCE_LENGTH = 100;
    static final int COUNTERPARTY_LENGTH = 200;
    static final int DESCRIPTION_LENGTH = 500;

    /** One checked row; {@code amount} is signed (+ money in) and never zero, {@code balance} may be null. */
    record Row(int rowNo, int fileLine, LocalDate date, BigDecimal amount, String reference, String counterparty,
               String description, BigDecimal balance) {
    }

    private static final Map<String, String> HEADERS = headers();
    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMdd");

    private StatementCsv() {
    }

    private static Map<String, String> headers() {
        Map<String, String> h = new HashMap<>();
        for (String[] names : new String[][] {{"date", "日期", "交易日期", "记账日期"}, {"amount", "金额", "交易金额"},
                {"in", "收入", "收入金额"}, {"out", "支出", "支出金额"}, {"reference", "流水号", "交易流水号"},
                {"counterparty", "对方户名", "对方账户名称"}, {"description", "摘要", "用途"}, {"balance", "余额"}}) {
            for (String name : names) {
                h.put(name, names[0]);
            }
        }
        return Map.copyOf(h);
    }

    /** The checked rows of {@code text}. @throws ValidationException naming every bad row and column */
    static List<Row> parse(String text) {
        Errors errors = new Errors();
        List<Record> records = records(text == null ? "" : text, errors);
        if (records.isEmpty()) {
            errors.add("header", Text.of("is required: the file is empty", "必填：文件为空"));
            throw errors.exception();
        }
        Record header = records.get(0);
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.values().size(); i++) {
            String name = header.values().get(i).strip().toLowerCase(Locale.ROOT);
            String column = HEADERS.get(name);
            if (column != null && columns.putIfAbsent(column, i) != null) {
                errors.add("header", Text.of("names column {0} twice", "列 {0} 重复", column));
            }
        }
        if (!columns.containsKey("date")) {
            errors.add("header", Text.of("has no date column", "缺少 date（日期）列"));
        }
        boolean signed = columns.containsKey("amount");
        boolean split = columns.containsKey("in") || columns.containsKey("out");
        if (signed && split) {
            errors.add("header", Text.of("has an amount column and in/out columns; give one or the other",
                    "同时有 amount（金额）列和 in/out（收入/支出）列，只能二选一"));
        } else if (!signed && !split) {
            errors.add("header", Text.of("needs an amount column (+ in, − out) or in and out columns",
                    "需要 amount（金额，收入为正、支出为负）列，或 in 和 out（收入、支出）列"));
        }
        if (errors.any()) {
            throw errors.exception();
        }
        if (records.size() == 1) {
            errors.add("rows", Text.of("the file has a header but no rows", "文件只有表头，没有数据行"));
            throw errors.exception();
        }
        if (records.size() - 1 > MAX_ROWS) {
            errors.add("rows", Text.of("the file has more than {0} rows; split it", "文件超过 {0} 行，请拆分", MAX_ROWS));
            throw errors.exception();
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size() && errors.room(); r++) {
            Record record = records.get(r);
            rows.add(row(r, record, header.values().size(), columns, errors));
        }
        if (errors.any()) {
            throw errors.exception();
        }
        return rows;
    }

    private static Row row(int rowNo, Record record, int width, Map<String, Integer> columns, Errors errors) {
        RowErrors e = new RowErrors(errors, rowNo, record.line());
        if (record.values().size() > width) {
            e.add("", Text.of("has {0} values but the header has {1} columns", "有 {0} 个值，但表头只有 {1} 列",
                    record.values().size(), width));
        }
        LocalDate date = date(value(record, columns, "date"), e);
        BigDecimal amount;
        if (columns.containsKey("amount")) {
            amount = amount(value(record, columns, "amount"), "amount", e);
            if (amount == null && value(record, columns, "amount") == null) {
                e.add(".amount", Text.of("is required", "必填"));
            } else if (amount != null && amount.signum() == 0) {
                e.add(".amount", Text.of("must not be zero", "不能为零"));
                amount = null;
            }
        } else {
            String inText = value(record, columns, "in");
            String outText = value(record, columns, "out");
            BigDecimal in = amount(inText, "in", e);
            BigDecimal out = amount(outText, "out", e);
            boolean bad = inText != null && in == null || outText != null && out == null;
            if (in != null && in.signum() < 0) {
                e.add(".in", Text.of("must not be negative", "不能为负数"));
                bad = true;
            }
            if (out != null && out.signum() < 0) {
                e.add(".out", Text.of("must not be negative", "不能为负数"));
                bad = true;
            }
            boolean hasIn = in != null && in.signum() != 0;
            boolean hasOut = out != null && out.signum() != 0;
            amount = null;
            if (!bad && hasIn && hasOut) {
                e.add(".out", Text.of("give either in or out, not both", "收入和支出只能填一项"));
            } else if (!bad && !hasIn && !hasOut) {
                e.add(columns.containsKey("in") ? ".in" : ".out", Text.of("in or out is required and not zero",
                        "收入或支出必填且不能为零"));
            } else if (!bad) {
                amount = hasIn ? in : out.negate();
            }
        }
        BigDecimal balance = amount(value(record, columns, "balance"), "balance", e);
        String reference = text(value(record, columns, "reference"), "reference", REFERENCE_LENGTH, e);
        String counterparty = text(value(record, columns, "counterparty"), "counterparty", COUNTERPARTY_LENGTH, e);
        String description = text(value(record, columns, "description"), "description", DESCRIPTION_LENGTH, e);
        return new Row(rowNo, record.line(), date, amount, reference, counterparty, description, balance);
    }

    private static String value(Record record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.values().size()) {
            return null;
        }
        String v = record.values().get(index).strip();
        return v.isEmpty() ? null : v;
    }

    private static LocalDate date(String value, RowErrors e) {
        if (value == null) {
            e.add(".date", Text.of("is required", "必填"));
            return null;
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, SLASHED, COMPACT}) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException tryNext) {
                // the next accepted format may fit
            }
        }
        e.add(".date", Text.of("must be a date such as 2026-11-30", "必须是日期，例如 2026-11-30"));
        return null;
    }

    /** A decimal with at most 2 decimals, thousands separated by commas or not; {@code null} when blank or bad. */
    private static BigDecimal amount(String value, String column, RowErrors e) {
        if (value == null) {
            return null;
        }
        String v = value.replace('\u2212', '-').replace(" ", "");
        if (!PLAIN.matcher(v).matches() && !GROUPED.matcher(v).matches()) {
            e.add("." + column, Text.of("must be an amount such as -1234.50", "必须是金额，例如 -1234.50"));
            return null;
        }
        BigDecimal amount = new BigDecimal(v.replace(",", ""));
        if (amount.stripTrailingZeros().scale() > 2) {
            e.add("." + column, Text.of("must have at most 2 decimals", "最多 2 位小数"));
            return null;
        }
        return amount.setScale(2);
    }

    private static String text(String value, String column, int max, RowErrors e) {
        if (value != null && value.length() > max) {
            e.add("." + column, Text.of("must be at most {0} characters", "最多 {0} 个字符", max));
        }
        return value;
    }

    // ---------------------------------------------------------------- time order and identity

    /**
     * The position of each row in time: banks export oldest first or newest first, so a file whose
     * first date is after its last date is read backwards.
     */
    static int[] sequence(List<Row> rows) {
        int n = rows.size();
        boolean newestFirst = n > 1 && rows.get(0).date().isAfter(rows.get(n - 1).date());
        int[] seq = new int[n];
        for (int i = 0; i < n; i++) {
            seq[i] = newestFirst ? n - i : i + 1;
        }
        return seq;
    }

    /**
     * A key per row that is the same when the same bank line is imported again: a hash of date,
     * amount, reference, counterparty and description, and of how many identical rows came before
     * it in the file, so two real charges of 5.00 on one day stay two lines.
     */
    static List<String> keys(List<Row> rows) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (Row r : rows) {
            String identity = r.date() + "|" + r.amount().toPlainString() + "|" + orEmpty(r.reference()) + "|"
                    + orEmpty(r.counterparty()) + "|" + orEmpty(r.description());
            int occurrence = seen.merge(identity, 1, Integer::sum);
            keys.add(sha256(identity + "|" + occurrence));
        }
        return keys;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }

    // ---------------------------------------------------------------- CSV records

    /** The values of one CSV record and the file line it starts on. */
    record Record(int line, List<String> values) {
    }

    /** RFC 4180 records: quoted values may hold commas, quotes ("") and line breaks; blank lines are skipped. */
    static List<Record> records(String text, Errors errors) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Record> records = new ArrayList<>();
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    value.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    value.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && value.toString().isBlank()) {
                value.setLength(0);
                quoted = true;
            } else if (c == ',') {
                values.add(value.toString());
                value.setLength(0);
            } else if (c == '\n' || c == '\r') {
                values.add(value.toString());
                value.setLength(0);
                addRecord(records, start, values);
                values = new ArrayList<>();
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                start = line;
            } else {
                value.append(c);
            }
            i++;
        }
        if (quoted) {
            errors.add(records.isEmpty() ? "header" : "rows[" + records.size() + "]", Text.of(
                    "has a quoted value that is never closed (file line {0})", "有未闭合的引号（文件第 {0} 行）", String.valueOf(start)));
            throw errors.exception();
        }
        values.add(value.toString());
        addRecord(records, start, values);
        return records;
    }

    private static void addRecord(List<Record> records, int line, List<String> values) {
        if (values.stream().anyMatch(v -> !v.isBlank())) {
            records.add(new Record(line, List.copyOf(values)));
        }
    }

    // ---------------------------------------------------------------- errors

    /** Field errors of a file, at most {@value #MAX_ERRORS} of them. */
    static final class Errors {
        private final List<FieldError> errors = new ArrayList<>();

        void add(String field, Text message) {
            if (errors.size() < MAX_ERRORS) {
                errors.add(new FieldError(field, message));
            }
        }

        boolean any() {
            return !errors.isEmpty();
        }

        boolean room() {
            return errors.size() < MAX_ERRORS;
        }

        ValidationException exception() {
            return new ValidationException(errors);
        }
    }

    /** Errors of one row, named {@code rows[n].column} and saying the file line. */
    private record RowErrors(Errors errors, int rowNo, int line) {
        void add(String column, Text message) {
            Object[] args = message.args();
            Object[] withLine = Arrays.copyOf(args, args.length + 1);
            withLine[args.length] = String.valueOf(line);
            errors.add("rows[" + rowNo + "]" + column, Text.of(message.en() + " (file line {" + args.length + "})",
                    message.zh() + "（文件第 {" + args.length + "} 行）", withLine));
        }
    }
}
