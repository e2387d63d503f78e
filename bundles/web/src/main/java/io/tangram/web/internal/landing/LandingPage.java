package io.tangram.web.internal.landing;

import java.util.List;
import java.util.Locale;

import io.tangram.platform.api.module.ModuleInfo;
import io.tangram.web.internal.i18n.Languages;

/** Renders the public landing page: installed modules (names and versions), API and login hints. */
public final class LandingPage {
    private LandingPage() {
    }

    public static String render(List<ModuleInfo> modules, Locale locale) {
        boolean zh = Languages.isChinese(locale);
        StringBuilder html = new StringBuilder(2048);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(zh ? "zh-CN" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Tangram</title>\n")
                .append("<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5}")
                .append("table{border-collapse:collapse}td,th{padding:.25rem 1rem .25rem 0;text-align:left}code,pre{background:#f4f4f4}</style>\n")
                .append("</head>\n<body>\n<h1>Tangram</h1>\n<p>")
                .append(zh ? "开源企业管理套件。" : "Open-source business suite.").append("</p>\n<h2>")
                .append(zh ? "已安装的模块" : "Installed modules").append("</h2>\n");
        if (modules.isEmpty()) {
            html.append("<p>").append(zh ? "尚未安装任何模块。" : "No module is installed yet.").append("</p>\n");
        } else {
            html.append("<table>\n<tr><th>").append(zh ? "模块" : "Module").append("</th><th>")
                    .append(zh ? "版本" : "Version").append("</th></tr>\n");
            for (ModuleInfo module : modules) {
                html.append("<tr><td>").append(escape(module.name() == null ? module.id() : module.name().in(locale)))
                        .append("</td><td>").append(escape(module.version())).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        html.append("<h2>").append(zh ? "接口" : "API").append("</h2>\n<p>")
                .append(zh ? "REST 接口位于 <code>/api</code>，说明文档（OpenAPI）：" : "The REST API lives under <code>/api</code>; its description (OpenAPI): ")
                .append("<a href=\"/api/openapi.json\">/api/openapi.json</a></p>\n<h2>")
                .append(zh ? "登录" : "Signing in").append("</h2>\n<p>")
                .append(zh ? "用用户名和密码换取令牌，之后每个请求都带上该令牌：" : "Exchange username and password for a token, then send it with every request:")
                .append("</p>\n<pre>curl -X POST -H 'Content-Type: application/json' \\\n")
                .append("     -d '{\"username\":\"…\",\"password\":\"…\"}' /api/auth/login\n")
                .append("curl -H 'Authorization: Bearer &lt;token&gt;' /api/auth/me</pre>\n<p>")
                .append(zh ? "脚本也可以使用 HTTP Basic 认证。用户由管理员在 Karaf 控制台或 <code>/api/platform/users</code> 中创建。"
                        : "Scripts may use HTTP Basic authentication instead. Administrators create users at the Karaf console or through <code>/api/platform/users</code>.")
                .append("</p>\n</body>\n</html>\n");
        return html.toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
