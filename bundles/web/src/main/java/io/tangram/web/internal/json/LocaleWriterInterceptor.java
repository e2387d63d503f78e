package io.tangram.web.internal.json;

import java.io.IOException;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.ext.WriterInterceptor;
import javax.ws.rs.ext.WriterInterceptorContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

import io.tangram.web.internal.TangramApplication;
import io.tangram.web.internal.i18n.Languages;
import io.tangram.web.internal.i18n.RequestLocale;

/** Makes the caller's language ({@code Accept-Language}) current while a response body is written. */
@Component(service = WriterInterceptor.class)
@JaxrsExtension
@JaxrsApplicationSelect(TangramApplication.SELECT_GUARDED)
public class LocaleWriterInterceptor implements WriterInterceptor {
    @Context
    HttpHeaders headers;

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException, WebApplicationException {
        RequestLocale.set(Languages.choose(headers.getAcceptableLanguages()));
        try {
            context.proceed();
        } finally {
            RequestLocale.clear();
        }
    }
}
