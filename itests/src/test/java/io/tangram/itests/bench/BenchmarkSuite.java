package io.tangram.itests.bench;

import java.lang.management.ManagementFactory;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.runner.RunWith;
import org.junit.runners.Suite;

/**
 * The benchmarks of the {@code benchmark} profile ({@code mvn -B verify -Pbenchmark -pl itests -am}),
 * one after the other on an otherwise idle machine, then one summary block. Figures are printed,
 * never asserted; a benchmark fails only when the work it measures went wrong.
 */
@RunWith(Suite.class)
@Suite.SuiteClasses({ContainerStartBenchmark.class, OutboxThroughputBenchmark.class})
public class BenchmarkSuite {

    @BeforeClass
    public static void startReport() {
        BenchmarkReport.reset();
        BenchmarkReport.note("environment: %d cores, Java %s, %s %s, distribution %s",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("itest.distribution"));
        noteLoad("before");
    }

    @AfterClass
    public static void printSummary() {
        noteLoad("after");
        BenchmarkReport.summary();
    }

    /** Other work on the machine skews every figure; the load average tells the reader whether there was any. */
    private static void noteLoad(String when) {
        BenchmarkReport.note("system load average %s the benchmarks: %.2f",
                when, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
