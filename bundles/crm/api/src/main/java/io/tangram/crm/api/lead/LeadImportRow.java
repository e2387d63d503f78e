package io.tangram.crm.api.lead;

import java.util.List;

/**
 * What one row of a lead file became.
 *
 * @param line     the line of the file the row starts on (the header is line 1)
 * @param leadId   the lead created or merged into; {@code null} when refused
 * @param matches  the duplicates found
 * @param problems why the row was refused
 */
public record LeadImportRow(int line, String name, CaptureOutcome outcome, Long leadId, String owner,
                            List<DuplicateMatch> matches, List<ImportProblem> problems) {

    public LeadImportRow {
        matches = matches == null ? List.of() : List.copyOf(matches);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}
