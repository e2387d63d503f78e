package io.tangram.itests;

import java.lang.reflect.Method;
import org.junit.Test;
import org.junit.runner.Description;
import org.junit.runner.Runner;
import org.junit.runner.notification.RunNotifier;
import org.ops4j.pax.exam.junit.PaxExam;

/**
 * Runs a container test class with Pax Exam when the test PostgreSQL answers; otherwise reports
 * each of its tests as skipped, and says why, without booting a container.
 */
public class PostgresqlRunner extends Runner {

    private final Class<?> testClass;
    private final Runner paxExam;
    private final Description description;

    public PostgresqlRunner(Class<?> testClass) throws Exception {
        this.testClass = testClass;
        this.paxExam = Postgresql.available() ? new PaxExam(testClass) : null;
        this.description = paxExam != null ? paxExam.getDescription() : describe(testClass);
    }

    private static Description describe(Class<?> testClass) {
        Description suite = Description.createSuiteDescription(testClass);
        for (Method m : testClass.getMethods()) {
            if (m.isAnnotationPresent(Test.class)) {
                suite.addChild(Description.createTestDescription(testClass, m.getName()));
            }
        }
        return suite;
    }

    @Override
    public Description getDescription() {
        return description;
    }

    @Override
    public void run(RunNotifier notifier) {
        if (paxExam != null) {
            System.out.println("PostgreSQL run of " + testClass.getSimpleName() + " on " + Postgresql.URL);
            Postgresql.reset();
            paxExam.run(notifier);
            return;
        }
        System.out.println("PostgreSQL run SKIPPED for " + testClass.getSimpleName() + ": no PostgreSQL at "
                + Postgresql.URL + " (.ci/run installs one; see README)");
        for (Description test : description.getChildren()) {
            notifier.fireTestIgnored(test);
        }
    }
}
