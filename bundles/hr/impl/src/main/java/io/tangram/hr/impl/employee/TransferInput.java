package io.tangram.hr.impl.employee;

import java.time.LocalDate;

/** A move to another department, position or cost centre from {@code effectiveDate}; blank keeps the current one. */
public record TransferInput(String departmentCode, String positionCode, String costCentre, LocalDate effectiveDate,
                            String note) {
}
