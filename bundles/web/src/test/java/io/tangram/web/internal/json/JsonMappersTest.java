package io.tangram.web.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.module.ModuleInfo;
import io.tangram.web.internal.i18n.Languages;
import io.tangram.web.internal.i18n.RequestLocale;

class JsonMappersTest {
    private final ObjectMapper json = JsonMappers.create();

    record Amount(BigDecimal value, LocalDate date, Instant at) {
    }

    @AfterEach
    void clear() {
        RequestLocale.clear();
    }

    @Test
    void writesPlainDecimalsAndIsoDates() throws Exception {
        String out = json.writeValueAsString(new Amount(new BigDecimal("1E+3"), LocalDate.of(2026, 1, 31),
                Instant.parse("2026-01-31T08:00:00Z")));
        assertEquals("{\"value\":1000,\"date\":\"2026-01-31\",\"at\":\"2026-01-31T08:00:00Z\"}", out);
        assertEquals(new BigDecimal("12.50"), json.readValue("{\"value\":12.50}", Amount.class).value());
    }

    @Test
    void rejectsUnknownProperties() {
        assertThrows(UnrecognizedPropertyException.class, () -> json.readValue("{\"value\":1,\"x\":2}", Amount.class));
    }

    @Test
    void textIsWrittenInTheRequestLanguage() throws Exception {
        ModuleInfo module = new ModuleInfo("masterdata", Text.of("Master data", "主数据"), "0.1.0", "ACTIVE", List.of("b"));
        assertEquals("Master data", json.readTree(json.writeValueAsString(module)).get("name").asText());
        RequestLocale.set(Languages.choose(List.of(Locale.forLanguageTag("zh-TW"))));
        assertEquals("主数据", json.readTree(json.writeValueAsString(module)).get("name").asText());
    }
}
