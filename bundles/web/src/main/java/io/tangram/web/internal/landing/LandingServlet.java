package io.tangram.web.internal.landing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import io.tangram.platform.api.module.ModuleRegistry;
import io.tangram.web.internal.i18n.Languages;

/**
 * The public page at {@code /}. Mapped as the default servlet ({@code "/"}) of the default context,
 * it only answers for {@code /} itself (404 otherwise). It cannot shadow the API: the JAX-RS
 * whiteboard serves the tangram application in its own context at {@code /api}, and requests are
 * routed to the context with the longest matching path before any servlet pattern is considered;
 * within one context, too, a path pattern such as {@code /api/*} beats the default servlet.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/")
@HttpWhiteboardServletName("tangram-landing")
public class LandingServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient ModuleRegistry registry;

    @Activate
    public LandingServlet(@Reference ModuleRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.isEmpty() && !"/".equals(path) && !"/index.html".equals(path)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale = request.getHeader("Accept-Language") == null
                ? Locale.ENGLISH
                : Languages.choose(Collections.list(request.getLocales()));
        byte[] body = LandingPage.render(registry.modules(), locale).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Language", Languages.isChinese(locale) ? "zh-CN" : "en");
        response.setHeader("Vary", "Accept-Language");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
