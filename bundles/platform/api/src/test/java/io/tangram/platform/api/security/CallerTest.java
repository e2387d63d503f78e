package io.tangram.platform.api.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tangram.platform.api.error.ForbiddenException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void wildcardsCoverWhatIsBelowThem() {
        Caller clerk = new Caller("li", Set.of("clerk"), Set.of("masterdata.party.*", "finance.voucher.read"));
        assertTrue(clerk.has("masterdata.party.write"));
        assertTrue(clerk.has("finance.voucher.read"));
        assertFalse(clerk.has("finance.voucher.post"));
        assertFalse(clerk.has("masterdata.product.read"));
        assertThrows(ForbiddenException.class, () -> clerk.require("finance.voucher.post"));
        assertTrue(new Caller("a", Set.of(), Set.of("masterdata.*")).has("masterdata.product.read"));
        assertTrue(Caller.SYSTEM.has("anything.at.all"));
    }

    @Test
    void permissionNamesHaveThreeParts() {
        assertThrows(IllegalArgumentException.class, () -> Permission.of("masterdata.read", "x", "x"));
        Permission p = Permission.of("masterdata.party.read", "Read parties", "查看往来单位");
        assertTrue(p.module().equals("masterdata"));
    }
}
