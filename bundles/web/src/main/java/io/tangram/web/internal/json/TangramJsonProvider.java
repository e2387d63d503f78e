package io.tangram.web.internal.json;

import com.fasterxml.jackson.jaxrs.cfg.JaxRSFeature;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/**
 * Reads and writes JSON bodies of the tangram application with {@link JsonMappers#create()}. An
 * empty body is an error (400), not {@code null}.
 */
public class TangramJsonProvider extends JacksonJsonProvider {
    public TangramJsonProvider() {
        super(JsonMappers.create());
        disable(JaxRSFeature.ALLOW_EMPTY_INPUT);
    }
}
