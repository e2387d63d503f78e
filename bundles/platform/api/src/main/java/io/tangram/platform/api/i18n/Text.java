package io.tangram.platform.api.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A user-facing text in English and Simplified Chinese. Every message a clerk may read (errors,
 * names of modules and permissions) is a {@code Text}, so the REST layer can answer in the language
 * the caller asked for with {@code Accept-Language}.
 *
 * @param en English text, a {@link MessageFormat} pattern when {@code args} are given
 * @param zh Simplified Chinese text, same placeholders as {@code en}
 * @param args values for the placeholders, formatted the same way in both languages
 */
public record Text(String en, String zh, Object... args) {

    public Text {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
        args = args == null ? new Object[0] : args.clone();
    }

    public static Text of(String en, String zh, Object... args) {
        return new Text(en, zh, args);
    }

    /** The text in the language of {@code locale}: Chinese for any {@code zh} locale, else English. */
    public String in(Locale locale) {
        boolean chinese = locale != null && "zh".equals(locale.getLanguage());
        String pattern = chinese ? zh : en;
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH).format(args);
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Text t && en.equals(t.en) && zh.equals(t.zh) && java.util.Arrays.equals(args, t.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(en, zh, java.util.Arrays.hashCode(args));
    }
}
