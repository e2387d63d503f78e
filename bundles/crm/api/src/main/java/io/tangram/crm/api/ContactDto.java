package io.tangram.crm.api;

/** A person at a customer the sales team talks to. */
public record ContactDto(long id, long customerId, String name, String title, String phone, String email,
                         String wechat, boolean primary) {
}
