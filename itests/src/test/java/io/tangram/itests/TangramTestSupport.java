package io.tangram.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import javax.inject.Inject;
import javax.security.auth.Subject;
import javax.sql.DataSource;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;

/**
 * Boots the built Tangram distribution once per test class (Pax Exam, per-class reactor) on free
 * ports, with a known administrator password, and offers HTTP, SQL, shell and waiting helpers to
 * the tests that run inside it.
 */
public abstract class TangramTestSupport {

    protected static final String ADMIN = "admin";
    protected static final String ADMIN_PASSWORD = "Itest-Admin-2026!";
    protected static final String VERSION = System.getProperty("tangram.version", "0.1.0-SNAPSHOT");

    protected static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected SessionFactory sessionFactory;

    @Inject
    @Filter("(osgi.jndi.service.name=tangram)")
    protected DataSource dataSource;

    /** The options every Tangram test container gets; subclasses add their own. */
    @Configuration
    public Option[] config() {
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(new File(System.getProperty("itest.distribution")).toURI().toString())
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false)
                        .name("Tangram"),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevel.WARN),
                vmOption("-Xmx768m"),
                vmOption("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"),
                httpPort(freePort()),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort())),
                editConfigurationFilePut("etc/io.tangram.platform.admin.cfg", "initialPassword", ADMIN_PASSWORD),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.defaultRepositories",
                        "file:${karaf.home}/${karaf.default.repository}@id=system.repository@snapshots,"
                                + new File(System.getProperty("itest.localRepository")).toURI() + "@id=local@snapshots"),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                        System.getProperty("itest.localRepository"))));
        if ("postgresql".equals(database())) {
            options.add(Postgresql.datasource());
        }
        options.add(systemProperty("itest.database").value(database()));
        if (Boolean.getBoolean("itest.keep")) {
            options.add(org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder());
        }
        options.addAll(List.of(extraOptions()));
        return options.toArray(Option[]::new);
    }

    /** The database the container runs on: {@code derby} (embedded, the default) or {@code postgresql}. */
    protected String database() {
        return "derby";
    }

    /** Options of one test class, e.g. different event delivery settings. */
    protected Option[] extraOptions() {
        return new Option[0];
    }

    private static Option httpPort(int port) {
        return new org.ops4j.pax.exam.options.DefaultCompositeOption(
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(port)),
                systemProperty("itest.http.port").value(String.valueOf(port)));
    }

    /** The feature repository of the test module (own table, event subscriber, REST endpoint). */
    protected static URI itestFeatureRepository() {
        return URI.create("mvn:io.tangram/io.tangram.itest.module/" + VERSION + "/xml/features");
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- HTTP

    /** An HTTP answer: status, body, content type. */
    public record Answer(int status, String body, String contentType) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    protected static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    protected static String admin() {
        return basic(ADMIN, ADMIN_PASSWORD);
    }

    protected static String baseUrl() {
        return "http://localhost:" + System.getProperty("itest.http.port");
    }

    /** Sends a request; {@code auth} (an Authorization header value) and {@code body} may be null. */
    protected static Answer http(String method, String path, String auth, String contentType, String body,
            String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (auth != null) {
            request.header("Authorization", auth);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static Answer get(String path, String auth) {
        return http("GET", path, auth, null, null);
    }

    protected static Answer postJson(String path, String auth, String json) {
        return http("POST", path, auth, "application/json", json);
    }

    /** Waits until the REST API answers for the administrator (the API comes up asynchronously). */
    protected static void awaitApi(String path) {
        await("REST API at " + path, Duration.ofSeconds(60), () -> {
            try {
                return get(path, admin()).status() == 200;
            } catch (UncheckedIOException e) {
                return false;
            }
        });
    }

    /**
     * Waits until the platform's and master data's REST resources all answer: each is its own
     * component, registered with the JAX-RS whiteboard a moment after the container is up.
     */
    protected static void awaitSuite() {
        for (String path : new String[] {"/api/platform/modules", "/api/platform/events/subscribers",
                "/api/platform/audit?limit=1", "/api/platform/users", "/api/masterdata/parties?limit=1",
                "/api/masterdata/products?limit=1", "/api/masterdata/tax-rates"}) {
            awaitApi(path);
        }
    }

    // ---- users, roles and calls as them (ITs that act as several users)

    /** The password of every user an IT creates with {@link #user}. */
    protected static final String USER_PASSWORD = "Itest-User-2026!";

    /** Basic authentication as a user created by {@link #user}. */
    protected static String as(String user) {
        return basic(user, USER_PASSWORD);
    }

    /** Calls as {@code user} ({@code null}: the administrator), asserts the status, answers the JSON body. */
    protected static JsonNode call(String method, String path, String user, String json, int status) {
        Answer answer = http(method, path, user == null ? admin() : as(user), "application/json", json);
        assertEquals(method + " " + path + " as " + user + ": " + answer.body(), status, answer.status());
        return answer.body().isEmpty() ? null : readJson(answer.body());
    }

    protected static JsonNode readJson(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(body, e);
        }
    }

    /** Creates a user with one role and {@link #USER_PASSWORD}. */
    protected static void user(String name, String role) {
        Answer answer = postJson("/api/platform/users", admin(), "{\"username\":\"" + name + "\",\"displayName\":\""
                + name + "\",\"password\":\"" + USER_PASSWORD + "\",\"roles\":[\"" + role + "\"]}");
        assertTrue(answer.body(), answer.status() < 300);
    }

    /** Creates or replaces a role with these permissions. */
    protected static void role(String name, String... permissions) {
        Answer answer = http("PUT", "/api/platform/roles/" + name, admin(), "application/json", "{\"description\":\""
                + name + "\",\"permissions\":[\"" + String.join("\",\"", permissions) + "\"]}");
        assertTrue(answer.body(), answer.status() < 300);
    }

    // ---- waiting, SQL, shell

    protected static void await(String what, Duration timeout, Callable<Boolean> condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (Boolean.TRUE.equals(condition.call())) {
                    return;
                }
            } catch (Exception e) {
                last = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
        throw new AssertionError("timed out after " + timeout + " waiting for " + what, last);
    }

    /**
     * The Tangram datasource registered now. The injected one goes stale when pax-jdbc re-registers
     * the datasource (a configuration update), and its pool is then closed.
     */
    private DataSource currentDataSource() {
        try {
            var refs = bundleContext.getServiceReferences(DataSource.class, "(osgi.jndi.service.name=tangram)");
            if (refs.isEmpty()) {
                return dataSource;
            }
            DataSource current = bundleContext.getService(refs.iterator().next());
            return current == null ? dataSource : current;
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    protected long count(String sql, Object... args) throws Exception {
        try (Connection c = currentDataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * The shared ledger check, run after every finance test: Σ debit = Σ credit over all posted lines,
     * every voucher balances, and the monthly account balances equal the sums of their posted lines.
     */
    protected void assertLedgerBalances() throws Exception {
        assertEquals("Σ debit − Σ credit of posted lines", 0, count("SELECT COUNT(*) FROM (SELECT"
                + " SUM(base_debit) d, SUM(base_credit) c FROM fin_voucher_line WHERE posted_on IS NOT NULL) t WHERE t.d <> t.c"));
        assertEquals("vouchers whose lines do not balance", 0, count("SELECT COUNT(*) FROM (SELECT voucher_id"
                + " FROM fin_voucher_line GROUP BY voucher_id HAVING SUM(base_debit) <> SUM(base_credit)) unbalanced"));
        String linesOfMonth = " FROM fin_voucher_line l WHERE l.account_id = b.account_id AND l.posted_on IS NOT NULL"
                + " AND SUBSTR(CAST(l.posted_on AS CHAR(10)), 1, 7) = b.period)";
        assertEquals("monthly balances that differ from their lines", 0, count("SELECT COUNT(*) FROM"
                + " fin_account_balance b WHERE b.debit <> (SELECT COALESCE(SUM(l.base_debit), 0)" + linesOfMonth
                + " OR b.credit <> (SELECT COALESCE(SUM(l.base_credit), 0)" + linesOfMonth));
    }

    protected void execute(String sql, Object... args) throws Exception {
        try (Connection c = currentDataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    /** Runs a Karaf console command as an administrator and returns what it printed. */
    protected String executeCommand(String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, out, out);
        session.put("USER", "itest");
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal("itest"));
        subject.getPrincipals().add(new RolePrincipal("admin"));
        try {
            Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
        } finally {
            out.flush();
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
