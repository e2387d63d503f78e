package io.tangram.masterdata.impl.rules;

import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/** The seeded reference data, without a database. */
final class Refs implements ReferenceCodes {

    static final Refs SEEDED = new Refs();

    private static final Set<String> UNITS = Set.of("PCS", "KG", "M", "BOX", "SET", "HR");
    private static final Set<String> TAX_RATES = Set.of("VAT13", "VAT9", "VAT6", "VAT3", "VAT0");
    private static final Map<String, Integer> CURRENCIES = Map.of("CNY", 2, "USD", 2, "EUR", 2, "HKD", 2, "JPY", 0);

    @Override
    public boolean unitExists(String code) {
        return UNITS.contains(code);
    }

    @Override
    public boolean taxRateExists(String code) {
        return TAX_RATES.contains(code);
    }

    @Override
    public OptionalInt currencyScale(String code) {
        Integer scale = CURRENCIES.get(code);
        return scale == null ? OptionalInt.empty() : OptionalInt.of(scale);
    }
}
