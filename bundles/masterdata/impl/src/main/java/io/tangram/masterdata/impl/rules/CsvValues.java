package io.tangram.masterdata.impl.rules;

import io.tangram.masterdata.api.ImportError;
import io.tangram.platform.api.i18n.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Typed values of one CSV row; a value that does not parse is reported under its column. */
public final class CsvValues {

    private static final Set<String> TRUE = Set.of("true", "yes", "y", "1", "x", "是");
    private static final Set<String> FALSE = Set.of("false", "no", "n", "0", "否");

    private final CsvTable.Row row;
    private final List<ImportError> errors;

    public CsvValues(CsvTable.Row row, List<ImportError> errors) {
        this.row = row;
        this.errors = errors;
    }

    public String text(String column) {
        return row.get(column);
    }

    /** {@code false} when blank. */
    public boolean flag(String column) {
        String value = row.get(column);
        if (value == null) {
            return false;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (TRUE.contains(lower)) {
            return true;
        }
        if (!FALSE.contains(lower)) {
            error(column, Text.of("must be true or false (also yes/no, 1/0, 是/否)", "必须是 true 或 false（也可用 yes/no、1/0、是/否）"));
        }
        return false;
    }

    public Integer integer(String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            error(column, Text.of("must be a whole number", "必须是整数"));
            return null;
        }
    }

    public BigDecimal decimal(String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            error(column, Text.of("must be a number such as 12.50 (no thousands separators)", "必须是数字，例如 12.50（不带千位分隔符）"));
            return null;
        }
    }

    public <E extends Enum<E>> E choice(String column, Class<E> type) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        error(column, Text.of("must be one of {0}", "必须是以下之一：{0}", String.join(", ", names)));
        return null;
    }

    private void error(String column, Text message) {
        errors.add(new ImportError(row.line(), column, message));
    }
}
