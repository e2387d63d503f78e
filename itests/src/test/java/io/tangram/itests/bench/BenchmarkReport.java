package io.tangram.itests.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the benchmarks put their figures: every line starts with {@code BENCHMARK}, goes to
 * standard output and is appended to the report file ({@code target/benchmark.txt}), which the
 * benchmarks running inside a Karaf container reach through the same system property. Results
 * are also collected into the summary block printed at the end of the suite.
 */
final class BenchmarkReport {

    /** System property naming the report file. */
    static final String PROPERTY = "itest.benchmark.report";

    private static final String PREFIX = "BENCHMARK ";
    private static final String RESULT = PREFIX + "RESULT ";

    private BenchmarkReport() {
    }

    static Path file() {
        return Path.of(System.getProperty(PROPERTY, "target/benchmark.txt")).toAbsolutePath();
    }

    static void reset() {
        try {
            Files.deleteIfExists(file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A detail: counts, durations, the environment. */
    static void note(String format, Object... args) {
        write(PREFIX + String.format(Locale.ROOT, format, args));
    }

    /** A figure that belongs in the summary. */
    static void result(String label, String format, Object... args) {
        write(RESULT + row(label, String.format(Locale.ROOT, format, args)));
    }

    /** Prints every result recorded in the report file so far as one block. */
    static void summary() {
        List<String> results = new ArrayList<>();
        try {
            if (Files.exists(file())) {
                for (String line : Files.readAllLines(file(), StandardCharsets.UTF_8)) {
                    if (line.startsWith(RESULT)) {
                        results.add(line.substring(RESULT.length()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String rule = "=".repeat(78);
        write(PREFIX + rule);
        write(PREFIX + "SUMMARY (figures, not assertions; also in " + file() + ")");
        results.forEach(r -> write(PREFIX + r));
        if (results.isEmpty()) {
            write(PREFIX + "no results: see the failures above");
        }
        write(PREFIX + rule);
    }

    private static String row(String label, String value) {
        return String.format(Locale.ROOT, "%-56s %s", label, value);
    }

    private static synchronized void write(String line) {
        System.out.println(line);
        try {
            Files.createDirectories(file().getParent());
            Files.writeString(file(), line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
