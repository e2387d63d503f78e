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
import java.util.HashMap;
import java.util.Map;
import org.junit.Test;

/**
 * Events survive a crash: they are committed while their subscriber is not installed, the JVM is
 * killed with SIGKILL, and after a restart the subscriber receives each of them exactly once.
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
            awaitStatus(karaf, "/api/masterdata/parties?limit=1", 200);
            awaitStatus(karaf, "/api/itest/received", 200);

            assertEquals(201, createParty(karaf, "CRASH-1"));
            awaitReceived(karaf, "CRASH-1");

            Files.delete(deployed);
            awaitStatus(karaf, "/api/itest/received", 404);
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
