package io.tangram.finance.api;

/** Topics of the durable events finance publishes (outbox); payloads are JSON, amounts plain decimals. */
public final class FinanceTopics {

    /**
     * A voucher was posted (also a reversal). Payload: {@code id, number, companyId, date, period,
     * sourceType, sourceRef, reversesVoucherId, total, currency}.
     */
    public static final String VOUCHER_POSTED = "tangram/finance/VoucherPosted";

    /** A fiscal period was closed. Payload: {@code companyId, period, closedBy}. */
    public static final String PERIOD_CLOSED = "tangram/finance/PeriodClosed";

    private FinanceTopics() {
    }
}
