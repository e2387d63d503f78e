package io.tangram.crm.api;

/** A contact as entered; at least a phone or an e-mail is required. */
public record ContactInput(String name, String title, String phone, String email, String wechat, Boolean primary) {
}
