package io.tangram.hr.impl.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A correction request (补卡): a punch the employee says they missed.
 *
 * @param direction {@code IN} or {@code OUT}
 * @param status    {@code PENDING}, {@code APPROVED} or {@code REJECTED}
 * @param notice    what was not done along with it, in English and Chinese (e.g. the manager not
 *                  notified because OA is not installed), {@code null} when nothing was skipped
 */
public record Correction(String number, String employee, String employeeName, LocalDate date, LocalTime time,
                         String direction, String reason, String status, String requestedBy, String decidedBy,
                         Instant decidedAt, String comment, Instant createdAt, String notice) {

    Correction withNotice(String text) {
        return new Correction(number, employee, employeeName, date, time, direction, reason, status, requestedBy,
                decidedBy, decidedAt, comment, createdAt, text);
    }
}
