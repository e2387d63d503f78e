package io.tangram.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.tangram.platform.api.event.EventPublisher;
import io.tangram.platform.api.tx.Transactions;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;

/**
 * A module feature installs and uninstalls at runtime: no other bundle is stopped, refreshed or
 * renumbered, the other modules' endpoints answer all the while, and the module's tables and rows
 * are still there when it is installed again.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FeatureLifecycleIT extends TangramTestSupport {

    private static final String MODULE_BUNDLE = "io.tangram.itest.module";

    @Inject
    protected FeaturesService features;

    @Inject
    protected EventPublisher publisher;

    @Inject
    protected Transactions tx;

    @Test
    public void installUninstallReinstallKeepsOtherBundlesAndTheModulesData() throws Exception {
        awaitSuite();
        features.addRepository(itestFeatureRepository());
        Map<Long, String> before = otherBundles();
        List<String> disturbed = new CopyOnWriteArrayList<>();
        BundleListener watcher = event -> {
            boolean other = !MODULE_BUNDLE.equals(event.getBundle().getSymbolicName());
            if (other && (event.getType() == BundleEvent.STOPPED || event.getType() == BundleEvent.UNRESOLVED
                    || event.getType() == BundleEvent.UPDATED)) {
                disturbed.add(event.getBundle().getSymbolicName() + " " + event.getType());
            }
        };
        bundleContext.addBundleListener(watcher);
        List<String> blinks = new CopyOnWriteArrayList<>();
        AtomicBoolean polling = new AtomicBoolean(true);
        Thread poller = new Thread(() -> {
            while (polling.get()) {
                for (String path : new String[] {"/api/masterdata/parties?limit=1", "/api/platform/modules"}) {
                    int status = get(path, admin()).status();
                    if (status != 200) {
                        blinks.add(path + " answered " + status);
                    }
                }
            }
        }, "endpoint-poller");
        poller.start();
        try {
            features.installFeature("tangram-itest", EnumSet.noneOf(FeaturesService.Option.class));
            awaitApi("/api/itest/received");
            assertTrue(moduleIds().contains("itest"));

            long event = tx.required(() -> publisher.publish("tangram/itest/Ping", 1, "KEEP-ME", "{}"));
            await("event recorded by the module", Duration.ofSeconds(30),
                    () -> count("SELECT COUNT(*) FROM itest_received WHERE event_id = ?", event) == 1);
            long rows = count("SELECT COUNT(*) FROM itest_received");

            features.uninstallFeature("tangram-itest", EnumSet.noneOf(FeaturesService.Option.class));
            await("module endpoint gone", Duration.ofSeconds(30),
                    () -> get("/api/itest/received", admin()).status() == 404);
            assertFalse(moduleIds().contains("itest"));
            assertEquals("uninstall kept the module's rows", rows, count("SELECT COUNT(*) FROM itest_received"));

            features.installFeature("tangram-itest", EnumSet.noneOf(FeaturesService.Option.class));
            awaitApi("/api/itest/received");
            Answer received = get("/api/itest/received", admin());
            assertTrue(received.body(), received.body().contains("KEEP-ME"));
            assertEquals("migrations ran once", 1,
                    count("SELECT COUNT(*) FROM plat_schema_history WHERE module = 'itest'"));
        } finally {
            polling.set(false);
            poller.join(30_000);
            bundleContext.removeBundleListener(watcher);
        }
        assertEquals("other modules' endpoints while a module came and went", List.of(), blinks);
        assertEquals("other bundles stopped or refreshed: " + disturbed, List.of(), disturbed);
        assertEquals("other bundles' ids and states", before, otherBundles());
    }

    private Map<Long, String> otherBundles() {
        Map<Long, String> states = new TreeMap<>();
        for (Bundle b : bundleContext.getBundles()) {
            if (!MODULE_BUNDLE.equals(b.getSymbolicName()) && !b.getSymbolicName().startsWith("PAXEXAM")) {
                states.put(b.getBundleId(), b.getSymbolicName() + "@" + b.getState());
            }
        }
        return states;
    }

    private List<String> moduleIds() {
        List<String> ids = new java.util.ArrayList<>();
        get("/api/platform/modules", admin()).json().forEach(m -> ids.add(m.get("id").asText()));
        return ids;
    }
}
