package io.tangram.web.internal.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import io.tangram.platform.api.i18n.Text;
import io.tangram.web.internal.i18n.RequestLocale;

/** Writes a {@link Text} as a plain string in the language of the current request. */
public final class TextSerializer extends StdSerializer<Text> {
    private static final long serialVersionUID = 1L;

    public TextSerializer() {
        super(Text.class);
    }

    @Override
    public void serialize(Text value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.in(RequestLocale.current()));
    }
}
