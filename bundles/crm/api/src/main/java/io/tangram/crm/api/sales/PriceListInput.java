package io.tangram.crm.api.sales;

import java.time.LocalDate;
import java.util.List;

/**
 * A price list as entered; saving replaces the lines of the list with the same code.
 *
 * @param customerGroup the group it is for; {@code null} for the company's default list
 * @param validFrom     first day it applies, {@code null} for always; likewise {@code validTo}
 */
public record PriceListInput(Long companyId, String code, String name, String customerGroup, LocalDate validFrom,
                             LocalDate validTo, List<PriceListLineInput> lines) {
}
