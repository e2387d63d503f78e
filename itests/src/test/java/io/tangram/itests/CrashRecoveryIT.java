package io.tangram.itests;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * Events survive a crash: they are committed while their subscriber is not installed, the JVM is
 * killed with SIGKILL, and after a restart the subscriber receives each of them exactly once. While
 * the container starts, no endpoint ever answers a request without credentials.
 */
public class CrashRecoveryIT {

    private static final String PASSWORD = "Crash-Test-Admin-2026";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    public void eventsCommittedBeforeAKillAreDeliveredOnceAfterRestart() throws Exception {
        Path deployed = null;
        try (KarafProcess karaf = KarafProcess.unpack(Paths.get("target/crash"), PASSWORD)) {
            deployed = karaf.home().resolve("deploy").resolve(KarafProcess.moduleJar().getName());
            Files.copy(KarafProcess.moduleJar().toPath(), deployed, StandardCopyOption.REPLACE_EXISTING);
            karaf.start();
            List<String> unguarded = new ArrayList<>();
            TangramTestSupport.await("the suite started", Duration.ofSeconds(120), () -> {
                for (String path : new String[] {"/api/masterdata/parties?limit=1", "/api/platform/modules"}) {
                    int anonymous = anonymousStatus(karaf, path);
                    if (anonymous >= 200 && anonymous < 300) {
                        unguarded.add(path + " answered " + anonymous + " without credentials");
                    }
                }
                return get(karaf, "/api/masterdata/parties?limit=1").statusCode() == 200
                        && get(karaf, "/api/itest/received").statusCode() == 200;
            });
            assertEquals("while the container started", List.of(), unguarded);

            assertEquals(201, createParty(karaf, "CRASH-1"));
            awaitReceived(karaf, "CRASH-1");

            Files.delete(deployed);
            awaitStatus(karaf, "/api/itest/received", 404);
            awaitStatus(karaf, "/api/masterdata/parties?limit=1", 200);
            for (String code : new String[] {"CRASH-2", "CRASH-3", "CRASH-4"}) {
                assertEquals(201, createParty(karaf, code));
            }
            karaf.kill();

            Files.copy(KarafProcess.moduleJar().toPath(), deployed, StandardCopyOption.REPLACE_EXISTING);
            karaf.start();
            awaitStatus(karaf, "/api/itest/received", 200);
            for (String code : new String[] {"CRASH-2", "CRASH-3", "CRASH-4"}) {
                awaitReceived(karaf, code);
            }
            Thread.sleep(1000);
            Map<String, Integer> times = new HashMap<>();
            TangramTestSupport.JSON.readTree(get(karaf, "/api/itest/received").body())
                    .forEach(r -> times.merge(r.get("sourceRef").asText(), 1, Integer::sum));
            for (String code : new String[] {"CRASH-1", "CRASH-2", "CRASH-3", "CRASH-4"}) {
                assertEquals(code + " delivered " + times.get(code) + " times", Integer.valueOf(1), times.get(code));
            }
            karaf.stop();
        }
    }

    private int createParty(KarafProcess karaf, String code) throws IOException, InterruptedException {
        String body = "{\"code\":\"" + code + "\",\"name\":\"Crash test " + code + "\",\"customer\":true}";
        return http.send(request(karaf, "/api/masterdata/parties").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    /** The status of a request without credentials, -1 while nothing listens. */
    private int anonymousStatus(KarafProcess karaf, String path) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(karaf.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                    .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private HttpResponse<String> get(KarafProcess karaf, String path) throws IOException, InterruptedException {
        return http.send(request(karaf, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(KarafProcess karaf, String path) {
        return HttpRequest.newBuilder(URI.create(karaf.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", TangramTestSupport.basic("admin", PASSWORD));
    }

    private void awaitStatus(KarafProcess karaf, String path, int status) {
        TangramTestSupport.await(path + " answering " + status, Duration.ofSeconds(120), () -> {
            try {
                return get(karaf, path).statusCode() == status;
            } catch (IOException e) {
                return false;
            }
        });
    }

    private void awaitReceived(KarafProcess karaf, String sourceRef) {
        TangramTestSupport.await(sourceRef + " received", Duration.ofSeconds(60), () -> {
            String body = get(karaf, "/api/itest/received").body();
            return body.contains("\"sourceRef\":\"" + sourceRef + "\"");
        });
    }
}
