package io.tangram.masterdata.api;

/** What a caller sends to create or change a company; {@code currency} {@code null} means CNY. */
public record CompanyInput(String code, String name, String nameZh, String taxId, String currency) {
}
