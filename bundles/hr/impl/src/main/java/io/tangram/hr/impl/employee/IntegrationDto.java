package io.tangram.hr.impl.employee;

import java.time.Instant;

/**
 * One step HR took in another module for an employee.
 *
 * @param step      {@code USER_CREATED}, {@code USER_LINKED}, {@code USER_DISABLED}, {@code OA_TASK} or {@code NOTIFICATION}
 * @param outcome   {@code DONE} or {@code SKIPPED}
 * @param reference what was touched: user name, OA task id, notification recipient
 */
public record IntegrationDto(long id, String step, String outcome, String message, String messageZh, String reference,
                             String createdBy, Instant createdAt) {
}
