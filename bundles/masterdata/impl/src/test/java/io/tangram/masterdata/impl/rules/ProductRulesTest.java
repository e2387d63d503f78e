package io.tangram.masterdata.impl.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tangram.masterdata.api.ProductInput;
import io.tangram.masterdata.api.ProductType;
import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.Validation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductRulesTest {

    private static List<String> fieldsWithErrors(ProductInput raw) {
        ProductInput in = ProductRules.normalize(raw, 1L, "CNY");
        return FieldErrors.of(ProductRules.check(in, Refs.SEEDED, new Validation())).stream().map(FieldError::field).toList();
    }

    private static ProductInput product(String unit, String barcode, String sales, String salesCurrency, String purchase) {
        return new ProductInput(null, "A-100", "Widget", unit, "Parts", barcode,
                sales == null ? null : new BigDecimal(sales), salesCurrency,
                purchase == null ? null : new BigDecimal(purchase), null, "vat13", null);
    }

    @Test
    void acceptsAProductAndAppliesDefaults() {
        ProductInput raw = product("pcs", "6901234567892", "12.50", null, "8");
        assertEquals(List.of(), fieldsWithErrors(raw));
        ProductInput in = ProductRules.normalize(raw, 1L, "CNY");
        assertEquals("PCS", in.unitCode());
        assertEquals("VAT13", in.taxRateCode());
        assertEquals("CNY", in.salesCurrency());
        assertEquals("CNY", in.purchaseCurrency());
        assertEquals(ProductType.STOCKED, in.type());
    }

    @Test
    void rejectsNegativePrices() {
        assertEquals(List.of("salesPrice", "purchasePrice"), fieldsWithErrors(product("PCS", null, "-1", null, "-0.01")));
    }

    @Test
    void rejectsMoreDecimalsThanTheCurrencyHas() {
        assertEquals(List.of("salesPrice"), fieldsWithErrors(product("PCS", null, "100.5", "JPY", null)));
        assertEquals(List.of("salesPrice"), fieldsWithErrors(product("PCS", null, "1.005", null, null)));
        assertEquals(List.of(), fieldsWithErrors(product("PCS", null, "100", "JPY", null)));
    }

    @Test
    void rejectsUnknownReferences() {
        assertEquals(List.of("unitCode", "salesCurrency"), fieldsWithErrors(product("LITRE", null, "1", "XYZ", null)));
        ProductInput missing = new ProductInput(null, null, null, null, null, null, null, null, null, null, null, null);
        assertEquals(List.of("code", "name", "unitCode", "taxRateCode"), fieldsWithErrors(missing));
    }

    @Test
    void checksGtinCheckDigitsButAllowsInternalCodes() {
        assertEquals(List.of("barcode"), fieldsWithErrors(product("PCS", "6901234567893", null, null, null)));
        assertEquals(List.of(), fieldsWithErrors(product("PCS", "INT-0042", null, null, null)));
        assertEquals(List.of("barcode"), fieldsWithErrors(product("PCS", "bad code!", null, null, null)));
        assertTrue(Barcodes.hasValidGtinCheck("96385074"));
        assertFalse(Barcodes.hasValidGtinCheck("96385075"));
        assertTrue(Barcodes.hasValidGtinCheck("036000291452"));
    }
}
