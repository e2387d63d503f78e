package io.tangram.masterdata.impl.rules;

import io.tangram.masterdata.api.ImportError;
import io.tangram.masterdata.api.ImportMode;
import io.tangram.masterdata.api.ImportReport;
import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs an import: checks every row first (rules, duplicate codes within the file and against stored
 * records), then saves according to the {@link ImportMode}. Nothing is saved before all rows are
 * checked.
 */
public final class CsvImport {

    private CsvImport() {
    }

    /**
     * @param check     reads and checks one row
     * @param codeTaken whether a record with this normalized code is already stored
     * @param save      stores one good input
     * @throws ValidationException for file errors, or in {@link ImportMode#ALL_OR_NOTHING} for any bad row
     */
    public static <T> ImportReport run(CsvTable table, ImportMode mode, Function<CsvTable.Row, CheckedRow<T>> check,
                                       Predicate<String> codeTaken, Consumer<T> save) {
        if (!table.fileErrors().isEmpty()) {
            throw asValidation(table.fileErrors());
        }
        List<ImportError> errors = new ArrayList<>();
        List<T> good = new ArrayList<>();
        Map<String, Integer> firstLineOfCode = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            CheckedRow<T> checked = check.apply(row);
            List<ImportError> rowErrors = new ArrayList<>(row.problems());
            rowErrors.addAll(checked.errors());
            String code = checked.code();
            if (code != null) {
                Integer earlier = firstLineOfCode.putIfAbsent(code, row.line());
                if (earlier != null) {
                    rowErrors.add(new ImportError(row.line(), "code",
                            Text.of("{0} appears already on line {1} of this file", "{0} 已在本文件第 {1} 行出现",
                                    code, earlier)));
                } else if (codeTaken.test(code)) {
                    rowErrors.add(new ImportError(row.line(), "code",
                            Text.of("{0} already exists; change the code or leave the row out",
                                    "{0} 已存在；请修改编码或删除该行", code)));
                }
            }
            if (rowErrors.isEmpty()) {
                good.add(checked.input());
            } else {
                errors.addAll(rowErrors);
            }
        }
        errors.sort(Comparator.comparingInt(ImportError::line));
        if (mode == ImportMode.ALL_OR_NOTHING && !errors.isEmpty()) {
            throw asValidation(errors);
        }
        good.forEach(save);
        return new ImportReport(table.rows().size(), good.size(), errors);
    }

    /** Import errors as a validation failure whose fields read {@code line 3: taxId}. */
    public static ValidationException asValidation(List<ImportError> errors) {
        List<FieldError> fields = errors.stream()
                .map(e -> new FieldError("line " + e.line() + ": " + e.field(), e.message()))
                .toList();
        return new ValidationException(fields);
    }

    /** Converts rule errors of one row to import errors, naming columns through {@code columnOf}. */
    public static List<ImportError> toImportErrors(int line, List<FieldError> errors, Function<String, String> columnOf) {
        return errors.stream().map(e -> new ImportError(line, columnOf.apply(e.field()), e.message())).toList();
    }
}
