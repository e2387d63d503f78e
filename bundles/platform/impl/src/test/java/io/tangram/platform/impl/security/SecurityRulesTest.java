package io.tangram.platform.impl.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import org.junit.jupiter.api.Test;

class SecurityRulesTest {

    @Test
    void usernames() {
        for (String ok : new String[] {"abc", "li.wei", "user_1", "a-b", "x".repeat(64)}) {
            assertFalse(SecurityRules.username(new Validation(), "username", ok).hasErrors(), ok);
        }
        for (String bad : new String[] {null, "", "ab", "Alice", "li wei", "a|b", "李伟", "x".repeat(65)}) {
            assertTrue(SecurityRules.username(new Validation(), "username", bad).hasErrors(), String.valueOf(bad));
        }
    }

    @Test
    void passwordPolicyNamesTheField() {
        assertFalse(SecurityRules.password(new Validation(), "password", "0123456789").hasErrors());
        ValidationException e = assertThrows(ValidationException.class,
                () -> SecurityRules.password(new Validation(), "password", "short").throwIfInvalid());
        assertEquals(1, e.errors().size());
        FieldError error = e.errors().get(0);
        assertEquals("password", error.field());
        assertTrue(error.message().toString().contains("10"), error.message().toString());
        assertTrue(SecurityRules.password(new Validation(), "password", null).hasErrors());
        assertTrue(SecurityRules.password(new Validation(), "password", "x".repeat(201)).hasErrors());
    }

    @Test
    void wildcards() {
        for (String ok : new String[] {"*", "finance.*", "finance.invoice.*"}) {
            assertTrue(SecurityRules.PERMISSION_WILDCARD.matcher(ok).matches(), ok);
        }
        for (String bad : new String[] {"finance", "finance.invoice.read", "*.*", "finance.*.read", "a.b.c.*"}) {
            assertFalse(SecurityRules.PERMISSION_WILDCARD.matcher(bad).matches(), bad);
        }
    }
}
