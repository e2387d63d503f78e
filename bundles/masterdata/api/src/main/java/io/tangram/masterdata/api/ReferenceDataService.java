package io.tangram.masterdata.api;

import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Units of measure, currencies and tax rates, addressed by their codes. */
@ProviderType
public interface ReferenceDataService {

    String DEFAULT_CURRENCY = "CNY";

    Page<UnitDto> units(String q, boolean includeInactive, PageRequest page);

    UnitDto unit(String code);

    UnitDto createUnit(UnitDto unit);

    /** Changes the names and the active flag of a unit. */
    UnitDto updateUnit(String code, UnitDto unit);

    UnitDto deactivateUnit(String code);

    Page<CurrencyDto> currencies(String q, boolean includeInactive, PageRequest page);

    CurrencyDto currency(String code);

    CurrencyDto createCurrency(CurrencyDto currency);

    /** Changes the names and the active flag; the scale is fixed once amounts exist in it. */
    CurrencyDto updateCurrency(String code, CurrencyDto currency);

    CurrencyDto deactivateCurrency(String code);

    Page<TaxRateDto> taxRates(String q, boolean includeInactive, PageRequest page);

    TaxRateDto taxRate(String code);

    TaxRateDto createTaxRate(TaxRateDto taxRate);

    /** Changes the names and the active flag; the rate itself is fixed. */
    TaxRateDto updateTaxRate(String code, TaxRateDto taxRate);

    TaxRateDto deactivateTaxRate(String code);
}
