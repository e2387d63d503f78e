package io.tangram.finance.api.bank;

/** Topics of the durable events the bank area of finance publishes (outbox); payloads are JSON. */
public final class BankTopics {

    /**
     * A bank statement file was imported. Payload: {@code statementId, bankAccountId, bankAccountCode,
     * companyId, firstDate, lastDate, rows, newLines, knownLines}.
     */
    public static final String STATEMENT_IMPORTED = "tangram/finance/BankStatementImported";

    /**
     * A statement line was matched to ledger lines. Payload: {@code statementLineId, bankAccountId,
     * companyId, date, amount, voucherLineIds, voucherId}.
     */
    public static final String LINE_MATCHED = "tangram/finance/BankLineMatched";

    private BankTopics() {
    }
}
