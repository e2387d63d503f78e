package io.tangram.platform.api.error;

import io.tangram.platform.api.i18n.Text;

/** The addressed record does not exist (HTTP 404). */
public class NotFoundException extends TangramException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(Text text) {
        super(text);
    }

    /** "Party 42 was not found" in both languages. */
    public static NotFoundException of(Text what, Object id) {
        return new NotFoundException(Text.of(what.en() + " {0} was not found", "未找到" + what.zh() + " {0}", String.valueOf(id)));
    }

    @Override
    public String kind() {
        return "not-found";
    }
}
