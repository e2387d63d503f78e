package io.tangram.web.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.platform.api.security.UserDirectory;
import io.tangram.web.api.RestGuard;
import io.tangram.web.internal.json.LocaleWriterInterceptor;
import io.tangram.web.internal.json.TangramJsonProvider;
import io.tangram.web.internal.params.TypedParameters;
import io.tangram.web.internal.problem.FallbackExceptionMapper;
import io.tangram.web.internal.problem.JsonExceptionMapper;
import io.tangram.web.internal.problem.TangramExceptionMapper;
import io.tangram.web.internal.problem.WebApplicationExceptionMapper;
import io.tangram.web.internal.security.AuthFilter;

/** The providers of every Tangram application, bound to the platform's user directory. */
@Component(service = RestGuard.class)
public class RestGuardService implements RestGuard {

    private final UserDirectory users;

    @Activate
    public RestGuardService(@Reference UserDirectory users) {
        this.users = users;
    }

    @Override
    public Set<Object> providers() {
        return Set.of(new AuthFilter(users), new TangramJsonProvider(), new LocaleWriterInterceptor(),
                new TypedParameters(), new TangramExceptionMapper(), new WebApplicationExceptionMapper(), new JsonExceptionMapper(),
                new FallbackExceptionMapper());
    }
}
