package io.tangram.oa.impl.form;

import java.util.List;
import java.util.Locale;

import io.tangram.platform.api.i18n.Text;

/** A remark recorded on a form in English and Chinese, e.g. which check was skipped. */
public record Note(String en, String zh) {

    static Note of(Text text) {
        return new Note(text.in(Locale.ENGLISH), text.in(Locale.SIMPLIFIED_CHINESE));
    }

    /** The texts joined with {@code "; "}, or {@code null} when there are none. */
    static Note join(List<Text> texts) {
        if (texts.isEmpty()) {
            return null;
        }
        return new Note(String.join("; ", texts.stream().map(t -> t.in(Locale.ENGLISH)).toList()),
                String.join("；", texts.stream().map(t -> t.in(Locale.SIMPLIFIED_CHINESE)).toList()));
    }

    static Note read(String en, String zh) {
        return en == null && zh == null ? null : new Note(en, zh);
    }
}
