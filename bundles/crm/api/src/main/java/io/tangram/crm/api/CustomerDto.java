package io.tangram.crm.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.tangram.platform.api.money.Money;

/**
 * A customer: its master-data party and the CRM profile kept on it.
 *
 * @param partyId     the master-data party, also the customer's id everywhere in CRM
 * @param creditLimit {@code null} when unlimited
 * @param orderCount  confirmed, not cancelled sales orders
 */
public record CustomerDto(long partyId, long companyId, String code, String name, String owner, List<String> tags,
                          LifecycleStage stage, Money creditLimit, String industry, String region, String source,
                          String customerGroup, int orderCount, LocalDate lastOrderOn, LocalDate lastActivityOn,
                          List<ContactDto> contacts, Instant createdAt) {

    public CustomerDto {
        tags = tags == null ? List.of() : List.copyOf(tags);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
