package io.tangram.crm.impl.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LeadKeysTest {

    @Test
    void phonesCompareByTheirDigits() {
        assertEquals("13800138000", LeadKeys.phone("138-0013-8000"));
        assertEquals("13800138000", LeadKeys.phone("+86 138 0013 8000"), "country code of a mobile number dropped");
        assertEquals("13800138000", LeadKeys.phone("0086 13800138000"));
        assertEquals("057188886666", LeadKeys.phone("(0571) 8888-6666"), "a landline keeps its area code");
        assertNull(LeadKeys.phone("n/a"));
    }

    @Test
    void emailsCompareIgnoringCase() {
        assertEquals("wu@acme.com", LeadKeys.email("  Wu@ACME.com "));
        assertNull(LeadKeys.email(" "));
    }

    @Test
    void companiesCompareIgnoringCaseAndSpaces() {
        assertEquals("acmetradingco", LeadKeys.company(" Acme  Trading\tCo "));
        assertEquals("杭州茶叶有限公司", LeadKeys.company("杭州 茶叶\u3000有限公司"));
        assertNull(LeadKeys.company("   "));
    }
}
