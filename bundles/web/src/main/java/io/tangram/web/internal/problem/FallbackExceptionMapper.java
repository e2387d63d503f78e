package io.tangram.web.internal.problem;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

import io.tangram.web.internal.TangramApplication;

/** Maps everything else to a 500 problem with an error id; the cause is logged, never sent. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect(TangramApplication.SELECT_GUARDED)
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {
    @Context
    HttpHeaders headers;
    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        return ProblemResponses.map(exception, headers, uriInfo);
    }
}
