package io.tangram.itests.bench;

import io.tangram.itests.KarafProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.Test;

/**
 * How long the distribution takes from {@code bin/karaf server} to {@code GET /api/platform/modules}
 * answering 200 for the administrator: once on a fresh {@code data/} (features resolved and bundles
 * installed from {@code system/}, the schema migrated, the administrator created), once more on
 * the {@code data/} that start left behind.
 */
public class ContainerStartBenchmark {

    private static final String ADMIN_PASSWORD = "Bench-Admin-2026!";
    private static final String PROBE = "/api/platform/modules";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    public void startUntilTheModulesAnswer() throws Exception {
        try (KarafProcess karaf = KarafProcess.unpack(Path.of("target", "bench-start"), ADMIN_PASSWORD)) {
            long fresh = startAndStop(karaf, "first start, fresh data/");
            long again = startAndStop(karaf, "second start, existing data/");
            BenchmarkReport.result("container start -> modules API 200, fresh data/", "%,d ms", fresh);
            BenchmarkReport.result("container start -> modules API 200, existing data/", "%,d ms", again);
        }
    }

    /** Starts Karaf, returns the milliseconds until the probe answers 200, then stops it with {@code bin/stop}. */
    private long startAndStop(KarafProcess karaf, String what) throws Exception {
        long start = System.nanoTime();
        karaf.start();
        awaitModules(karaf, what);
        long startMillis = (System.nanoTime() - start) / 1_000_000;
        long stopping = System.nanoTime();
        karaf.stop();
        BenchmarkReport.note("container %s: %,d ms until %s answered 200, bin/stop took %,d ms", what, startMillis,
                PROBE, (System.nanoTime() - stopping) / 1_000_000);
        return startMillis;
    }

    private void awaitModules(KarafProcess karaf, String what) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(karaf.baseUrl() + PROBE))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        int last = 0;
        while (System.nanoTime() < deadline) {
            try {
                last = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (last == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                last = 0;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no 200 from " + PROBE + " within " + START_TIMEOUT + " (" + what + ", last status "
                + last + "); console:\n" + tail(karaf.home().resolve("console.log")));
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no console.log)";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
