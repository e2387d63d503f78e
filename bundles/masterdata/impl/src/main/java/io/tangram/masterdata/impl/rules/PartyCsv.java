package io.tangram.masterdata.impl.rules;

import io.tangram.masterdata.api.AddressDto;
import io.tangram.masterdata.api.AddressType;
import io.tangram.masterdata.api.ContactDto;
import io.tangram.masterdata.api.ImportError;
import io.tangram.masterdata.api.PartyInput;
import io.tangram.platform.api.error.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The party CSV layout: columns and how a row becomes a {@link PartyInput}. */
public final class PartyCsv {

    public static final List<String> COLUMNS = List.of("code", "name", "customer", "supplier", "taxId",
            "paymentTermsDays", "currency", "contactName", "contactPhone", "contactEmail", "street", "city",
            "province", "postalCode", "country");
    public static final Set<String> REQUIRED = Set.of("code", "name");

    private static final Map<String, String> FIELD_TO_COLUMN = Map.of(
            "contacts[0].name", "contactName",
            "contacts[0].phone", "contactPhone",
            "contacts[0].email", "contactEmail",
            "addresses[0].street", "street",
            "addresses[0].city", "city",
            "addresses[0].province", "province",
            "addresses[0].postalCode", "postalCode",
            "addresses[0].country", "country");

    private PartyCsv() {
    }

    /** Reads one row into a normalized input and checks it. */
    public static CheckedRow<PartyInput> check(CsvTable.Row row, long companyId, String companyCurrency,
                                               ReferenceCodes refs) {
        List<ImportError> errors = new ArrayList<>();
        CsvValues values = new CsvValues(row, errors);
        List<ContactDto> contacts = new ArrayList<>();
        if (values.text("contactName") != null || values.text("contactPhone") != null
                || values.text("contactEmail") != null) {
            contacts.add(new ContactDto(values.text("contactName"), values.text("contactPhone"),
                    values.text("contactEmail")));
        }
        List<AddressDto> addresses = new ArrayList<>();
        if (values.text("street") != null || values.text("city") != null || values.text("province") != null
                || values.text("postalCode") != null) {
            addresses.add(new AddressDto(AddressType.BILLING, values.text("street"), values.text("city"),
                    values.text("province"), values.text("postalCode"), values.text("country")));
        }
        PartyInput raw = new PartyInput(companyId, values.text("code"), values.text("name"), values.flag("customer"),
                values.flag("supplier"), values.text("taxId"), values.integer("paymentTermsDays"),
                values.text("currency"), addresses, contacts);
        PartyInput input = PartyRules.normalize(raw, companyId, companyCurrency);
        Validation v = PartyRules.check(input, refs, new Validation());
        errors.addAll(CsvImport.toImportErrors(row.line(), FieldErrors.of(v), PartyCsv::columnOf));
        return new CheckedRow<>(row.line(), input.code(), input, errors);
    }

    /** The CSV column a rule field comes from. */
    public static String columnOf(String field) {
        return FIELD_TO_COLUMN.getOrDefault(field, field);
    }
}
