package io.tangram.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import io.tangram.platform.api.event.EventDeliveryAdmin;
import io.tangram.platform.api.event.EventPublisher;
import io.tangram.platform.api.event.SubscriberStatus;
import io.tangram.platform.api.tx.Transactions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/**
 * The outbox guarantee: a subscriber that is stopped while events are published receives each of
 * them exactly once when it starts again, and an event that keeps failing is parked, visible and
 * retryable without holding up the events behind it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OutboxIT extends TangramTestSupport {

    private static final String RECEIVER = "itest.receiver";

    @Inject
    protected FeaturesService features;

    @Inject
    protected EventPublisher publisher;

    @Inject
    protected Transactions tx;

    @Inject
    protected EventDeliveryAdmin delivery;

    @Override
    protected Option[] extraOptions() {
        return new Option[] {
            editConfigurationFilePut("etc/io.tangram.platform.events.cfg", "maxAttempts", "2"),
            editConfigurationFilePut("etc/io.tangram.platform.events.cfg", "backoffMillis", "100"),
            editConfigurationFilePut("etc/io.tangram.platform.events.cfg", "pollMillis", "200")
        };
    }

    @Before
    public void testModuleIsInstalled() throws Exception {
        awaitSuite();
        if (features.getFeature("tangram-itest") == null) {
            features.addRepository(itestFeatureRepository());
        }
        if (!features.isInstalled(features.getFeature("tangram-itest"))) {
            features.installFeature("tangram-itest", EnumSet.noneOf(FeaturesService.Option.class));
        }
        awaitApi("/api/itest/received");
        await("receiver registered", Duration.ofSeconds(30), () -> receiver().present());
    }

    @Test
    public void aStoppedSubscriberReceivesEveryMissedEventExactlyOnce() throws Exception {
        Bundle module = moduleBundle();
        module.stop();
        await("receiver gone", Duration.ofSeconds(30), () -> !receiver().present());

        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            int n = i;
            ids.add(tx.required(() -> publisher.publish("tangram/itest/Ping", 1, "PING-" + n, "{\"n\":" + n + "}")));
        }
        Thread.sleep(1000);
        assertEquals("delivered while the subscriber was stopped", 0, receivedAmong(ids));
        SubscriberStatus waiting = receiver();
        assertFalse(waiting.present());
        assertTrue("backlog " + waiting.backlog(), waiting.backlog() >= ids.size());
        String console = executeCommand("tangram:events");
        assertTrue(console, console.contains(RECEIVER));

        module.start();
        await("all missed events delivered", Duration.ofSeconds(60), () -> receivedAmong(ids) == ids.size());
        Thread.sleep(500);
        assertEquals(ids.size(), receivedAmong(ids));
        assertEquals("each event recorded once", ids.size(),
                count("SELECT COUNT(DISTINCT event_id) FROM itest_received WHERE source_ref LIKE 'PING-%'"));
        Set<Long> viaRest = new HashSet<>();
        get("/api/itest/received", admin()).json().forEach(r -> viaRest.add(r.get("eventId").asLong()));
        assertTrue(viaRest.containsAll(ids));
        assertTrue(receiver().cursor() >= ids.get(ids.size() - 1));
        assertEquals(0, receiver().backlog());
    }

    @Test
    public void aFailingEventIsParkedWithoutBlockingAndCanBeRetried() throws Exception {
        execute("INSERT INTO itest_switch (name) VALUES ('fail')");
        long failing = tx.required(() -> publisher.publish("tangram/itest/Ping", 1, "FAIL-1", "{}"));
        long behind = tx.required(() -> publisher.publish("tangram/itest/Ping", 1, "AFTER-FAIL", "{}"));

        await("failing event parked", Duration.ofSeconds(30),
                () -> delivery.parked(RECEIVER).stream().anyMatch(p -> p.eventId() == failing));
        await("the event behind it delivered", Duration.ofSeconds(30),
                () -> count("SELECT COUNT(*) FROM itest_received WHERE event_id = ?", behind) == 1);
        assertEquals(0, count("SELECT COUNT(*) FROM itest_received WHERE event_id = ?", failing));

        Answer parked = get("/api/platform/events/parked?subscriber=" + RECEIVER, admin());
        assertEquals(parked.body(), 200, parked.status());
        assertTrue(parked.body(), parked.body().contains("\"eventId\":" + failing));
        String console = executeCommand("tangram:events");
        assertTrue(console, console.contains("FAIL-1"));

        Answer stillFailing = http("POST", "/api/platform/events/parked/" + RECEIVER + "/" + failing + "/retry", admin(),
                null, null);
        assertEquals(stillFailing.body(), 200, stillFailing.status());
        assertFalse(stillFailing.json().get("succeeded").asBoolean());

        execute("DELETE FROM itest_switch WHERE name = 'fail'");
        Answer retried = http("POST", "/api/platform/events/parked/" + RECEIVER + "/" + failing + "/retry", admin(),
                null, null);
        assertEquals(retried.body(), 200, retried.status());
        assertTrue(retried.body(), retried.json().get("succeeded").asBoolean());
        assertEquals(1, count("SELECT COUNT(*) FROM itest_received WHERE event_id = ?", failing));
        assertTrue(delivery.parked(RECEIVER).stream().noneMatch(p -> p.eventId() == failing));
        assertEquals(404, http("POST", "/api/platform/events/parked/" + RECEIVER + "/" + failing + "/retry", admin(),
                null, null).status());
    }

    private SubscriberStatus receiver() {
        return delivery.subscribers().stream().filter(s -> s.subscriberId().equals(RECEIVER)).findFirst()
                .orElseThrow(() -> new AssertionError("no cursor for " + RECEIVER));
    }

    private Bundle moduleBundle() {
        for (Bundle b : bundleContext.getBundles()) {
            if ("io.tangram.itest.module".equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("test module bundle not installed");
    }

    private long receivedAmong(List<Long> ids) throws Exception {
        String list = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        return count("SELECT COUNT(*) FROM itest_received WHERE event_id IN (" + list + ")");
    }
}
