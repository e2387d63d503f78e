package io.tangram.masterdata.api;

/** A unit of measure, e.g. {@code PCS} 个; shared by all companies. */
public record UnitDto(String code, String nameEn, String nameZh, boolean active) {
}
