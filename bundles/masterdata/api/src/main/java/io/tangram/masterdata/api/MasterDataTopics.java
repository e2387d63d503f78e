package io.tangram.masterdata.api;

/**
 * Outbox topics published by master data. The event's {@code companyId} is the record's company and
 * its {@code sourceRef} the record's code.
 */
public final class MasterDataTopics {

    /** A party was created. Payload: the {@link PartyDto} as JSON. */
    public static final String PARTY_CREATED = "tangram/masterdata/PartyCreated";

    /** A party was changed. Payload: the {@link PartyDto} after the change, plus {@code changed}: names of changed fields. */
    public static final String PARTY_UPDATED = "tangram/masterdata/PartyUpdated";

    /** A party was deactivated. Payload: {@code id}, {@code companyId}, {@code code}. */
    public static final String PARTY_DEACTIVATED = "tangram/masterdata/PartyDeactivated";

    /** A product was created. Payload: the {@link ProductDto} as JSON (prices as {@code {amount, currency}}). */
    public static final String PRODUCT_CREATED = "tangram/masterdata/ProductCreated";

    /** A product was changed. Payload: the {@link ProductDto} after the change, plus {@code changed}. */
    public static final String PRODUCT_UPDATED = "tangram/masterdata/ProductUpdated";

    /** A product was deactivated. Payload: {@code id}, {@code companyId}, {@code code}. */
    public static final String PRODUCT_DEACTIVATED = "tangram/masterdata/ProductDeactivated";

    /** A company was created. Payload: the {@link CompanyDto} as JSON. */
    public static final String COMPANY_CREATED = "tangram/masterdata/CompanyCreated";

    private MasterDataTopics() {
    }
}
