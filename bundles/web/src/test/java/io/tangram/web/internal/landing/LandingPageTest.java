package io.tangram.web.internal.landing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.module.ModuleInfo;

class LandingPageTest {
    private final List<ModuleInfo> modules = List.of(
            new ModuleInfo("masterdata", Text.of("Master data", "主数据"), "0.1.0", "ACTIVE", List.of("io.tangram.masterdata.impl")),
            new ModuleInfo("evil", Text.of("<script>x</script>", "x"), "1.0", "ACTIVE", List.of()));

    @Test
    void listsModulesInTheCallersLanguage() {
        String zh = LandingPage.render(modules, Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.contains("lang=\"zh-CN\""));
        assertTrue(zh.contains("<td>主数据</td><td>0.1.0</td>"));
        assertTrue(zh.contains("/api/openapi.json"));
        String en = LandingPage.render(modules, Locale.ENGLISH);
        assertTrue(en.contains("<td>Master data</td>"));
        assertTrue(en.contains("/api/auth/login"));
        assertFalse(en.contains("io.tangram.masterdata.impl"));
    }

    @Test
    void escapesNames() {
        String en = LandingPage.render(modules, Locale.ENGLISH);
        assertFalse(en.contains("<script>"));
        assertTrue(en.contains("&lt;script&gt;"));
    }
}
