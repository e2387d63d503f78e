package io.tangram.masterdata.impl.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TaxIdsTest {

    @Test
    void acceptsPublishedCodes() {
        assertTrue(TaxIds.hasValidCheck("91350100M000100Y43"));
        assertTrue(TaxIds.hasValidCheck("91110108551385082Q"));
        assertTrue(TaxIds.hasValidCheck("91440300708461136T"));
    }

    @Test
    void rejectsATypo() {
        assertTrue(TaxIds.hasValidLayout("91350100M000100Y44"));
        assertFalse(TaxIds.hasValidCheck("91350100M000100Y44"));
        assertFalse(TaxIds.hasValidCheck("91110108551385028Q"));
    }

    @Test
    void rejectsWrongLayout() {
        assertFalse(TaxIds.hasValidLayout("91350100M000100Y4"));
        assertFalse(TaxIds.hasValidLayout("91350100M000100Y433"));
        assertFalse(TaxIds.hasValidLayout("91350100I000100Y43"), "I is not used in credit codes");
        assertFalse(TaxIds.hasValidLayout("913501O0M000100Y43"), "region code is digits only");
    }

    @Test
    void computesTheCheckCharacter() {
        assertEquals('3', TaxIds.checkCharacter("91350100M000100Y4"));
        assertEquals('Q', TaxIds.checkCharacter("91110108551385082"));
    }

    @Test
    void normalizesTypedInput() {
        assertEquals("91110108551385082Q", TaxIds.normalize("  91110108551385082q "));
        assertNull(TaxIds.normalize("   "));
    }
}
