package io.tangram.finance.impl.asset.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;

import org.junit.jupiter.api.Test;

import io.tangram.finance.impl.asset.AssetPermissions;
import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.RequiresPermission;

/** Every fixed-asset REST method is checked against a permission that the asset permission provider declares. */
class AssetResourcesTest {

    @Test
    void everyMethodRequiresADeclaredPermission() {
        Set<String> declared = new AssetPermissions().permissions().stream().map(Permission::name)
                .collect(Collectors.toSet());
        assertEquals(Set.of("finance.asset.read", "finance.asset.write", "finance.depreciation.run"), declared);
        int endpoints = 0;
        for (Class<?> resource : List.of(AssetCategoryResource.class, AssetResource.class, DepreciationRunResource.class)) {
            for (Method m : resource.getDeclaredMethods()) {
                if (m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(POST.class) || m.isAnnotationPresent(PUT.class)) {
                    RequiresPermission required = m.getAnnotation(RequiresPermission.class);
                    assertNotNull(required, resource.getSimpleName() + "." + m.getName());
                    assertTrue(declared.contains(required.value()), resource.getSimpleName() + "." + m.getName());
                    endpoints++;
                }
            }
        }
        assertEquals(14, endpoints);
    }

    @Test
    void permissionsAreDescribedInBothLanguages() {
        for (Permission p : new AssetPermissions().permissions()) {
            assertTrue(!p.description().en().isBlank() && !p.description().zh().isBlank(), p.name());
        }
    }
}
