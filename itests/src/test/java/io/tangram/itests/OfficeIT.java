package io.tangram.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The office in the running suite: meeting-room bookings never overlap even when eight people
 * book at the same moment; documents keep every uploaded version and a checked-out document refuses
 * another user's upload; a board's task shows in its assignee's "my tasks"; a published notice
 * reaches its audience's notification inbox and records who has read it; the console lists rooms.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class OfficeIT extends TangramTestSupport {

    @Inject
    protected FeaturesService features;

    @Before
    public void oaInstalled() throws Exception {
        awaitSuite();
        if (!features.isInstalled(features.getFeature("tangram-oa"))) {
            features.installFeature("tangram-oa", EnumSet.noneOf(FeaturesService.Option.class));
            http("PUT", "/api/platform/roles/employee", admin(), "application/json", "{\"description\":\"Employee\","
                    + "\"permissions\":[\"oa.room.book\",\"oa.calendar.read\",\"oa.document.read\",\"oa.document.write\","
                    + "\"oa.task.read\",\"oa.task.write\",\"oa.notice.read\",\"oa.notification.read\"]}");
            for (String user : new String[] {"li.na", "wang.fang"}) {
                postJson("/api/platform/users", admin(), "{\"username\":\"" + user + "\",\"displayName\":\"" + user
                        + "\",\"password\":\"" + USER_PASSWORD + "\",\"roles\":[\"employee\"]}");
            }
        }
        awaitApi("/api/oa/rooms");
    }

    private static JsonNode json(Answer answer, int status) {
        assertEquals(answer.body(), status, answer.status());
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException(answer.body(), e);
        }
    }

    @Test
    public void a_eightPeopleBookingOneRoomAtOnceGetOneBookingAndSevenClearRefusals() throws Exception {
        json(postJson("/api/oa/rooms", admin(), "{\"code\":\"3F-A\",\"name\":\"Meeting room 3F-A\",\"location\":\"3rd floor\","
                + "\"capacity\":8,\"equipment\":[\"projector\",\"whiteboard\"]}"), 201);
        Instant start = Instant.parse("2026-12-08T06:00:00Z");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Instant from = start.plusSeconds(i * 300L);
            String user = i % 2 == 0 ? "li.na" : "wang.fang";
            answers.add(pool.submit(() -> {
                go.await();
                return http("POST", "/api/oa/rooms/3F-A/bookings", as(user), "application/json", "{\"start\":\"" + from
                        + "\",\"end\":\"" + from.plusSeconds(3600) + "\",\"title\":\"Weekly sales\",\"attendees\":6}");
            }));
        }
        go.countDown();
        int created = 0;
        int refused = 0;
        for (Future<Answer> f : answers) {
            Answer a = f.get(60, TimeUnit.SECONDS);
            if (a.status() == 201) {
                created++;
            } else {
                assertEquals(a.body(), 409, a.status());
                assertTrue(a.body(), a.body().contains("Room 3F-A is booked"));
                refused++;
            }
        }
        pool.shutdown();
        assertEquals(1, created);
        assertEquals(7, refused);
        assertEquals(1, count("SELECT COUNT(*) FROM oa_room_booking b JOIN oa_room r ON r.id = b.room_id WHERE r.code = '3F-A'"));

        JsonNode booked = json(get("/api/oa/rooms/3F-A/bookings?date=2026-12-08", admin()), 200);
        Instant end = Instant.parse(booked.get(0).get("end").asText());
        json(http("POST", "/api/oa/rooms/3F-A/bookings", as("li.na"), "application/json", "{\"start\":\"" + end
                + "\",\"end\":\"" + end.plusSeconds(1800) + "\",\"title\":\"Right after\",\"attendees\":2}"), 201);
        Answer crowd = http("POST", "/api/oa/rooms/3F-A/bookings", as("li.na"), "application/json", "{\"start\":"
                + "\"2026-12-09T06:00:00Z\",\"end\":\"2026-12-09T07:00:00Z\",\"title\":\"All hands\",\"attendees\":30}");
        assertEquals(crowd.body(), 400, crowd.status());
        assertTrue(crowd.body(), crowd.body().contains("attendees"));
        assertTrue(executeCommand("oa:rooms").contains("3F-A"));
    }

    @Test
    public void b_aDocumentKeepsEveryVersionAndACheckedOutOneRefusesOthers() throws Exception {
        long folder = json(postJson("/api/oa/folders", admin(), "{\"name\":\"Contracts\"}"), 201).get("id").asLong();
        json(postJson("/api/oa/folders/" + folder + "/grants", admin(), "{\"granteeType\":\"USER\",\"grantee\":\"li.na\","
                + "\"level\":\"WRITE\"}"), 200);
        JsonNode doc = json(http("POST", "/api/oa/folders/" + folder + "/documents?name=supply-contract.txt&comment=draft",
                as("li.na"), "text/plain", "version one"), 201);
        long id = doc.get("id").asLong();
        json(http("PUT", "/api/oa/documents/" + id + "/content?comment=prices", as("li.na"), "text/plain", "version two"), 200);
        JsonNode third = json(http("PUT", "/api/oa/documents/" + id + "/content?comment=signed", admin(), "text/plain",
                "version three"), 200);
        assertEquals(3, third.get("currentVersion").asInt());
        JsonNode versions = json(get("/api/oa/documents/" + id + "/versions", as("li.na")), 200);
        assertEquals(3, versions.size());
        assertEquals("version one", get("/api/oa/documents/" + id + "/versions/1/content", as("li.na")).body());
        assertEquals("version three", get("/api/oa/documents/" + id + "/content", as("li.na")).body());

        json(postJson("/api/oa/documents/" + id + "/checkout", admin(), "{}"), 200);
        Answer locked = http("PUT", "/api/oa/documents/" + id + "/content", as("li.na"), "text/plain", "version four");
        assertEquals(locked.body(), 409, locked.status());
        assertTrue(locked.body(), locked.body().contains("checked out by"));
        assertEquals(3, json(get("/api/oa/documents/" + id, admin()), 200).get("currentVersion").asInt());
        Answer wrongType = http("POST", "/api/oa/folders/" + folder + "/documents?name=setup.exe", as("li.na"),
                "application/octet-stream", "MZ");
        assertEquals(wrongType.body(), 400, wrongType.status());
        assertTrue(wrongType.body(), wrongType.body().contains("file"));
    }

    @Test
    public void c_aTaskShowsInItsAssigneesListAndANoticeReachesItsAudience() throws Exception {
        json(postJson("/api/oa/boards", admin(), "{\"code\":\"OFFICE-MOVE\",\"name\":\"Office move\","
                + "\"members\":[\"li.na\"]}"), 201);
        json(postJson("/api/oa/boards/OFFICE-MOVE/tasks", as("li.na"), "{\"title\":\"Book the movers\","
                + "\"assignees\":[\"li.na\"],\"due\":\"2026-12-20\",\"priority\":\"HIGH\"}"), 201);
        JsonNode mine = json(get("/api/oa/tasks/mine", as("li.na")), 200);
        assertTrue(mine.toString(), mine.toString().contains("Book the movers"));

        JsonNode notice = json(postJson("/api/oa/notices", admin(), "{\"titleEn\":\"Office closed on 1 January\","
                + "\"titleZh\":\"元旦放假通知\",\"everyone\":true}"), 201);
        long id = notice.get("id").asLong();
        json(postJson("/api/oa/notices/" + id + "/publish", admin(), "{}"), 200);
        JsonNode inbox = json(get("/api/oa/notifications", as("wang.fang")), 200);
        assertTrue(inbox.toString(), inbox.toString().contains("Office closed on 1 January"));
        json(get("/api/oa/notices/" + id, as("wang.fang")), 200);
        json(get("/api/oa/notices/" + id, as("wang.fang")), 200);
        JsonNode receipts = json(get("/api/oa/notices/" + id + "/receipts", admin()), 200);
        assertEquals(receipts.toString(), 1, receipts.get("read").size());
        assertTrue(receipts.toString(), receipts.get("unread").toString().contains("li.na"));
    }
}
