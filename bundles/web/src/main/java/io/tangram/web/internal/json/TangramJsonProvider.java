package io.tangram.web.internal.json;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;

import com.fasterxml.jackson.jaxrs.cfg.JaxRSFeature;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

import io.tangram.web.internal.TangramApplication;

/**
 * Reads and writes JSON bodies of the tangram application with {@link JsonMappers#create()}. An
 * empty body is an error (400), not {@code null}.
 */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class})
@JaxrsExtension
@JaxrsMediaType(MediaType.APPLICATION_JSON)
@JaxrsApplicationSelect(TangramApplication.SELECT_GUARDED)
public class TangramJsonProvider extends JacksonJsonProvider {
    public TangramJsonProvider() {
        super(JsonMappers.create());
        disable(JaxRSFeature.ALLOW_EMPTY_INPUT);
    }
}
