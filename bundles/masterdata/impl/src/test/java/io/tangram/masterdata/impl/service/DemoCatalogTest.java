package io.tangram.masterdata.impl.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tangram.masterdata.api.PartyInput;
import io.tangram.masterdata.api.ProductInput;
import io.tangram.masterdata.impl.rules.FieldErrors;
import io.tangram.masterdata.impl.rules.PartyRules;
import io.tangram.masterdata.impl.rules.ProductRules;
import io.tangram.masterdata.impl.rules.ReferenceCodes;
import io.tangram.platform.api.error.Validation;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo data must pass the same rules as a clerk's input, or loading it would fail. */
class DemoCatalogTest {

    private static final ReferenceCodes SEEDED = new ReferenceCodes() {
        private final Map<String, Integer> currencies = Map.of("CNY", 2, "USD", 2, "EUR", 2, "HKD", 2, "JPY", 0);

        @Override
        public boolean unitExists(String code) {
            return Set.of("PCS", "KG", "M", "BOX", "SET", "HR").contains(code);
        }

        @Override
        public boolean taxRateExists(String code) {
            return Set.of("VAT13", "VAT9", "VAT6", "VAT3", "VAT0").contains(code);
        }

        @Override
        public OptionalInt currencyScale(String code) {
            Integer scale = currencies.get(code);
            return scale == null ? OptionalInt.empty() : OptionalInt.of(scale);
        }
    };

    @Test
    void everyDemoPartyIsValid() {
        List<PartyInput> parties = DemoCatalog.parties(1L);
        assertEquals(8, parties.size());
        for (PartyInput p : parties) {
            PartyInput in = PartyRules.normalize(p, 1L, "CNY");
            assertEquals(List.of(), FieldErrors.of(PartyRules.check(in, SEEDED, new Validation())), p.code());
        }
        assertEquals(8, parties.stream().map(PartyInput::code).distinct().count());
    }

    @Test
    void everyDemoProductIsValid() {
        List<ProductInput> products = DemoCatalog.products(1L);
        assertEquals(12, products.size());
        for (ProductInput p : products) {
            ProductInput in = ProductRules.normalize(p, 1L, "CNY");
            assertEquals(List.of(), FieldErrors.of(ProductRules.check(in, SEEDED, new Validation())), p.code());
        }
    }
}
