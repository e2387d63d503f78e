package io.tangram.masterdata.impl.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tangram.masterdata.api.AddressDto;
import io.tangram.masterdata.api.AddressType;
import io.tangram.masterdata.api.ContactDto;
import io.tangram.masterdata.api.PartyInput;
import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.Validation;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartyRulesTest {

    private static List<String> fieldsWithErrors(PartyInput raw) {
        PartyInput in = PartyRules.normalize(raw, 1L, "CNY");
        return FieldErrors.of(PartyRules.check(in, Refs.SEEDED, new Validation())).stream().map(FieldError::field).toList();
    }

    private static PartyInput party(String code, String name, String taxId) {
        return new PartyInput(null, code, name, true, false, taxId, null, null, List.of(), List.of());
    }

    @Test
    void acceptsACompleteParty() {
        PartyInput in = new PartyInput(1L, "c001", " 上海华东电子有限公司 ", true, true, "91110108551385082q", 60, "cny",
                List.of(new AddressDto(AddressType.BILLING, "浦东新区世纪大道 100 号", "上海", "上海", "200120", null)),
                List.of(new ContactDto("王经理", "+86 21 5555 0000", "wang@example.cn")));
        assertEquals(List.of(), fieldsWithErrors(in));
        PartyInput normalized = PartyRules.normalize(in, 1L, "CNY");
        assertEquals("C001", normalized.code());
        assertEquals("上海华东电子有限公司", normalized.name());
        assertEquals("91110108551385082Q", normalized.taxId());
        assertEquals("CN", normalized.addresses().get(0).country());
    }

    @Test
    void appliesDefaults() {
        PartyInput normalized = PartyRules.normalize(party("P1", "Acme", null), 1L, "HKD");
        assertEquals(1L, normalized.companyId());
        assertEquals(30, normalized.paymentTermsDays());
        assertEquals("HKD", normalized.currency());
    }

    @Test
    void namesEveryMissingOrBadField() {
        PartyInput in = new PartyInput(null, " ", null, false, false, "12345", -1, "XXX",
                List.of(new AddressDto(null, "", "Beijing", null, null, "China")),
                List.of(new ContactDto("", "call me", "not-an-email")));
        List<String> fields = fieldsWithErrors(in);
        assertEquals(List.of("code", "name", "customer", "taxId", "paymentTermsDays", "currency",
                "addresses[0].type", "addresses[0].street", "addresses[0].country",
                "contacts[0].name", "contacts[0].phone", "contacts[0].email"), fields);
    }

    @Test
    void rejectsTaxIdWithWrongCheckCharacter() {
        List<FieldError> errors = FieldErrors.of(PartyRules.check(
                PartyRules.normalize(party("P1", "Acme", "91110108551385082R"), 1L, "CNY"), Refs.SEEDED, new Validation()));
        assertEquals(1, errors.size());
        assertEquals("taxId", errors.get(0).field());
        assertTrue(errors.get(0).message().en().contains("check character"));
    }

    @Test
    void rejectsCodesWithSpacesAndOverlongNames() {
        assertEquals(List.of("code", "name"), fieldsWithErrors(party("A B", "x".repeat(201), null)));
    }
}
