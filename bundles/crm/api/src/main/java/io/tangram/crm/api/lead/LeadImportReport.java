package io.tangram.crm.api.lead;

import java.util.List;

/** The result of a lead file import, row by row; each row is created, merged or refused on its own. */
public record LeadImportReport(int rowCount, int created, int merged, int refused, List<LeadImportRow> rows) {

    public LeadImportReport {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }
}
