package io.tangram.hr.impl.employee;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.hr.impl.org.HrRows;
import io.tangram.platform.api.security.CallContext;

/** Contract and probation reminders: sent once per employee and due date, kept for later without OA. */
class ReminderServiceTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-03-02");
    private EmployeeDesk desk;

    @BeforeEach
    void setUp() throws Exception {
        desk = new EmployeeDesk("hr-reminders", "hr.admin");
        desk.rows.department("SALES", null);
        desk.rows.manager("SALES", desk.rows.employee("M1", "sales.head", "SALES", LocalDate.parse("2020-01-01")));
        desk.rows.employee("E1", "li.na", "SALES", LocalDate.parse("2023-04-01"));
        desk.rows.db.update("UPDATE hr_employee SET contract_end = DATE('2026-03-31') WHERE number = 'E1'");
        desk.rows.employee("E2", "wang.fang", "SALES", LocalDate.parse("2025-12-08"), "PROBATION");
        desk.rows.db.update("UPDATE hr_employee SET probation_end = DATE('2026-03-08') WHERE number = 'E2'");
        desk.rows.employee("E3", "zhao.lei", "SALES", LocalDate.parse("2023-04-01"));
        desk.rows.db.update("UPDATE hr_employee SET contract_end = DATE('2026-04-02') WHERE number = 'E3'");
        CallContext.bind(HrRows.ADMIN);
    }

    @AfterEach
    void tearDown() {
        CallContext.clear();
        desk.close();
    }

    @Test
    void eachReminderIsSentOnceToHrAndTheManager() {
        desk.withOa();
        ReminderRun first = desk.reminders.run(1, TODAY);
        assertEquals(List.of("E1 CONTRACT 2026-03-31 DONE", "E2 PROBATION 2026-03-08 DONE"), first.reminders().stream()
                .map(r -> r.number() + " " + r.kind() + " " + r.dueDate() + " " + r.outcome()).toList(),
                "E3's contract ends in 31 days, outside the 30");
        assertEquals(List.of("hr.admin", "sales.head"), first.reminders().get(0).recipients());
        assertEquals(4, desk.notifications.size());
        assertEquals("Contract of Name E1 (E1) ends on 2026-03-31", desk.notifications.get(0).titleEn());
        assertEquals("Name E1（E1）的劳动合同将于 2026-03-31 到期", desk.notifications.get(0).titleZh());
        assertEquals("hr:CONTRACT:E1:2026-03-31", desk.notifications.get(0).sourceRef());

        assertEquals(List.of(), desk.reminders.run(1, TODAY).reminders());
        assertEquals(List.of("E3"), desk.reminders.run(1, TODAY.plusDays(1)).reminders().stream()
                .map(ReminderLine::number).toList());
        assertEquals(6, desk.notifications.size());
        assertEquals(3, desk.rows.db.number("SELECT COUNT(*) FROM hr_reminder WHERE outcome = 'DONE'"));
    }

    @Test
    void withoutOaTheReminderIsSkippedOnceAndSentWhenOaIsBack() {
        ReminderRun skipped = desk.reminders.run(1, TODAY);
        assertEquals(List.of("SKIPPED", "SKIPPED"), skipped.reminders().stream().map(ReminderLine::outcome).toList());
        IntegrationDto step = desk.employees.integrations(1, "E1").get(0);
        assertEquals("OA is not installed: reminder \"Contract of Name E1 (E1) ends on 2026-03-31\" not sent", step.message());
        assertEquals("未安装协同办公：提醒“Contract of Name E1 (E1) ends on 2026-03-31”未发送", step.messageZh());
        assertEquals(List.of(), desk.reminders.run(1, TODAY).reminders(), "skipped once, not every day");
        assertEquals(1, desk.employees.integrations(1, "E1").size());

        desk.withOa();
        assertEquals(List.of("DONE", "DONE"), desk.reminders.run(1, TODAY).reminders().stream()
                .map(ReminderLine::outcome).toList());
        assertEquals(4, desk.notifications.size());
        assertEquals(List.of(), desk.reminders.run(1, TODAY).reminders());
    }
}
