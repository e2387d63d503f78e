package io.tangram.itests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The built distribution unpacked into a folder and run as a separate operating-system process,
 * for what Pax Exam cannot do: killing the JVM with SIGKILL and starting it again on the same data,
 * or timing a cold start.
 */
public final class KarafProcess implements AutoCloseable {

    private final Path home;
    private final int httpPort;
    private Process process;

    private KarafProcess(Path home, int httpPort) {
        this.home = home;
        this.httpPort = httpPort;
    }

    /** Unpacks the distribution into {@code folder} (emptied first) and gives it free ports and an admin password. */
    public static KarafProcess unpack(Path folder, String adminPassword) throws IOException, InterruptedException {
        deleteRecursively(folder);
        Files.createDirectories(folder);
        String archive = System.getProperty("itest.distribution");
        run(folder, "tar", "xzf", archive, "--strip-components=1");
        int http = TangramTestSupport.freePort();
        KarafProcess karaf = new KarafProcess(folder.toAbsolutePath(), http);
        karaf.setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(http));
        karaf.setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(TangramTestSupport.freePort()));
        karaf.setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(TangramTestSupport.freePort()));
        karaf.setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(TangramTestSupport.freePort()));
        karaf.setProperty("etc/io.tangram.platform.admin.cfg", "initialPassword", adminPassword);
        return karaf;
    }

    public Path home() {
        return home;
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /** Sets {@code key = value} in a configuration file of the distribution, replacing an existing line. */
    public void setProperty(String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        List<String> lines = Files.exists(path) ? new ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8))
                : new ArrayList<>();
        boolean replaced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith(key + " ") || line.startsWith(key + "=")) {
                lines.set(i, key + " = " + value);
                replaced = true;
            }
        }
        if (!replaced) {
            lines.add(key + " = " + value);
        }
        Files.write(path, lines, StandardCharsets.UTF_8);
    }

    /** Starts {@code bin/karaf server}; the JVM replaces the script, so {@link #kill} hits Karaf itself. */
    public void start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        builder.environment().put("KARAF_EXEC", "exec");
        process = builder.start();
    }

    /** SIGKILL: no shutdown hook, no clean close of the database. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            process = null;
        }
    }

    /** Stops Karaf cleanly, killing it if it does not stop within a minute. */
    public void stop() throws IOException, InterruptedException {
        if (process == null) {
            return;
        }
        run(home, home.resolve("bin/stop").toString());
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
        process = null;
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed in " + dir);
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The test module's bundle jar, to drop into {@code deploy/}. */
    public static File moduleJar() {
        return new File(System.getProperty("itest.moduleJar"));
    }
}
