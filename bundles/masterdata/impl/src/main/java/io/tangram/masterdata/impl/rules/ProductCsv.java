package io.tangram.masterdata.impl.rules;

import io.tangram.masterdata.api.ImportError;
import io.tangram.masterdata.api.ProductInput;
import io.tangram.masterdata.api.ProductType;
import io.tangram.platform.api.error.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The product CSV layout: columns and how a row becomes a {@link ProductInput}. */
public final class ProductCsv {

    public static final List<String> COLUMNS = List.of("code", "name", "unitCode", "category", "barcode",
            "salesPrice", "salesCurrency", "purchasePrice", "purchaseCurrency", "taxRateCode", "type");
    public static final Set<String> REQUIRED = Set.of("code", "name", "unitCode", "taxRateCode");

    private ProductCsv() {
    }

    /** Reads one row into a normalized input and checks it. */
    public static CheckedRow<ProductInput> check(CsvTable.Row row, long companyId, String companyCurrency,
                                                 ReferenceCodes refs) {
        List<ImportError> errors = new ArrayList<>();
        CsvValues values = new CsvValues(row, errors);
        ProductInput raw = new ProductInput(companyId, values.text("code"), values.text("name"),
                values.text("unitCode"), values.text("category"), values.text("barcode"),
                values.decimal("salesPrice"), values.text("salesCurrency"), values.decimal("purchasePrice"),
                values.text("purchaseCurrency"), values.text("taxRateCode"), values.choice("type", ProductType.class));
        ProductInput input = ProductRules.normalize(raw, companyId, companyCurrency);
        Validation v = ProductRules.check(input, refs, new Validation());
        errors.addAll(CsvImport.toImportErrors(row.line(), FieldErrors.of(v), field -> field));
        return new CheckedRow<>(row.line(), input.code(), input, errors);
    }
}
