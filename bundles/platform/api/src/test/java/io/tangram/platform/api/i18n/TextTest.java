package io.tangram.platform.api.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void answersInTheCallersLanguage() {
        Text t = Text.of("Only {0} available", "仅有 {0} 可用", 3);
        assertEquals("Only 3 available", t.in(Locale.ENGLISH));
        assertEquals("仅有 3 可用", t.in(Locale.SIMPLIFIED_CHINESE));
        assertEquals("仅有 3 可用", t.in(Locale.forLanguageTag("zh-TW")));
        assertEquals("Only 3 available", t.in(Locale.GERMAN));
    }
}
