package io.tangram.finance.impl.arap.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;

import org.junit.jupiter.api.Test;

import io.tangram.finance.impl.arap.service.ArApPermissions;
import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.RequiresPermission;

class ArApResourcesTest {
    private static final List<Class<?>> RESOURCES = List.of(InvoiceResource.class, PaymentResource.class,
            AgingResource.class, ExposureResource.class, VatSummaryResource.class);

    @Test
    void everyMethodIsCheckedAgainstAnArApPermission() {
        Set<String> declared = new ArApPermissions().permissions().stream().map(Permission::name)
                .collect(Collectors.toSet());
        int endpoints = 0;
        for (Class<?> resource : RESOURCES) {
            for (Method m : resource.getDeclaredMethods()) {
                if (m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(POST.class)
                        || m.isAnnotationPresent(PUT.class) || m.isAnnotationPresent(DELETE.class)) {
                    endpoints++;
                    RequiresPermission p = m.getAnnotation(RequiresPermission.class);
                    assertNotNull(p, resource.getSimpleName() + "." + m.getName());
                    assertTrue(declared.contains(p.value()), p.value());
                }
            }
        }
        assertEquals(16, endpoints);
    }

    @Test
    void rootsDoNotCollideWithTheLedgerResources() {
        Set<String> roots = RESOURCES.stream().map(r -> r.getAnnotation(Path.class).value()).collect(Collectors.toSet());
        assertEquals(Set.of("invoices", "payments", "aging", "parties", "vat-summary"), roots);
    }
}
