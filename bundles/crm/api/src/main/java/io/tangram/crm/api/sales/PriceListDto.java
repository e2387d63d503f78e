package io.tangram.crm.api.sales;

import java.time.LocalDate;
import java.util.List;

/** Net prices for a customer group (or the default list when {@code customerGroup} is {@code null}). */
public record PriceListDto(long id, long companyId, String code, String name, String customerGroup, String currency,
                           LocalDate validFrom, LocalDate validTo, List<PriceListLineDto> lines) {

    public PriceListDto {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
