package io.tangram.masterdata.impl.rules;

import io.tangram.masterdata.api.ImportError;
import java.util.List;

/**
 * One CSV row read and checked against the rules.
 *
 * @param code   normalized code of the record, {@code null} if missing
 * @param input  the normalized input, meaningful only without errors
 * @param errors everything wrong with the row, by column
 */
public record CheckedRow<T>(int line, String code, T input, List<ImportError> errors) {

    public CheckedRow {
        errors = List.copyOf(errors);
    }
}
