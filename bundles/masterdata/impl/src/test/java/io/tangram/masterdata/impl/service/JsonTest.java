package io.tangram.masterdata.impl.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tangram.masterdata.api.ProductDto;
import io.tangram.masterdata.api.ProductType;
import io.tangram.platform.api.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesProductPayloadWithPlainAmountsAndCurrencyCodes() {
        ProductDto dto = new ProductDto(7, 1, "P1", "茶叶", "KG", null, null, Money.of("1E+2", "CNY"), null, "VAT9",
                ProductType.STOCKED, true);
        assertEquals("{\"id\":7,\"companyId\":1,\"code\":\"P1\",\"name\":\"茶叶\",\"unitCode\":\"KG\",\"category\":null,"
                + "\"barcode\":null,\"salesPrice\":{\"amount\":100.00,\"currency\":\"CNY\"},\"purchasePrice\":null,"
                + "\"taxRateCode\":\"VAT9\",\"type\":\"STOCKED\",\"active\":true,\"changed\":[\"salesPrice\"]}",
                Json.withChanges(dto, List.of("salesPrice")));
    }
}
