package io.tangram.crm.api;

/**
 * Filters for a customer search; every field optional.
 *
 * @param q matches code, name or a contact's phone or e-mail
 */
public record CustomerQuery(String q, String owner, String tag, LifecycleStage stage, String industry, String region) {
}
