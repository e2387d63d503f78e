package io.tangram.masterdata.api;

import java.util.List;

/**
 * Outcome of a CSV import.
 *
 * @param rowsRead data rows in the file (header not counted)
 * @param imported records created
 * @param errors   problems of the rows not imported, by line
 */
public record ImportReport(int rowsRead, int imported, List<ImportError> errors) {

    public ImportReport {
        errors = List.copyOf(errors);
    }
}
