package io.tangram.web.internal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class LanguagesTest {
    @Test
    void firstChineseOrEnglishPreferenceWins() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, Languages.choose(List.of(Locale.forLanguageTag("zh-CN"))));
        assertEquals(Locale.SIMPLIFIED_CHINESE, Languages.choose(List.of(Locale.FRENCH, Locale.forLanguageTag("zh-Hant"))));
        assertEquals(Locale.ENGLISH, Languages.choose(List.of(Locale.forLanguageTag("en-GB"), Locale.CHINESE)));
        assertEquals(Locale.ENGLISH, Languages.choose(List.of(Locale.GERMAN)));
        assertEquals(Locale.ENGLISH, Languages.choose(List.of()));
        assertEquals(Locale.ENGLISH, Languages.choose(null));
    }
}
