package io.tangram.finance.impl.bank.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;

import org.junit.jupiter.api.Test;

import io.tangram.finance.impl.bank.BankPermissions;
import io.tangram.finance.impl.bank.StatementText;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.security.RequiresPermission;

class BankRestTest {

    @Test
    void everyEndpointNeedsABankPermission() {
        for (Class<?> resource : List.of(BankAccountResource.class, BankStatementLineResource.class)) {
            List<Method> endpoints = Arrays.stream(resource.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(GET.class)
                    || m.isAnnotationPresent(POST.class) || m.isAnnotationPresent(PUT.class)
                    || m.isAnnotationPresent(DELETE.class)).toList();
            assertTrue(endpoints.size() >= 5, resource.getSimpleName());
            for (Method m : endpoints) {
                RequiresPermission p = m.getAnnotation(RequiresPermission.class);
                assertTrue(p != null && List.of(BankPermissions.READ, BankPermissions.WRITE, BankPermissions.RECONCILE)
                        .contains(p.value()), resource.getSimpleName() + "." + m.getName());
            }
        }
        assertEquals(3, new BankPermissions().permissions().size());
    }

    @Test
    void readsUtf8BodiesAndRefusesOthers() {
        String csv = "\uFEFFdate,amount,description\n2026-11-30,-25,手续费\n";
        assertEquals(csv, StatementText.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
        byte[] gbk = csv.getBytes(Charset.forName("GBK"));
        ValidationException e = assertThrows(ValidationException.class, () -> StatementText.read(new ByteArrayInputStream(gbk)));
        assertEquals("body", e.errors().get(0).field());
        assertThrows(ValidationException.class, () -> StatementText.read(new ByteArrayInputStream(new byte[0])));
        assertThrows(ValidationException.class, () -> StatementText.read(null));
    }
}
