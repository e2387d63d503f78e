package io.tangram.web.internal.json;

import java.io.IOException;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.ext.WriterInterceptor;
import javax.ws.rs.ext.WriterInterceptorContext;

import io.tangram.web.internal.i18n.Languages;
import io.tangram.web.internal.i18n.RequestLocale;

/** Makes the caller's language ({@code Accept-Language}) current while a response body is written. */
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
