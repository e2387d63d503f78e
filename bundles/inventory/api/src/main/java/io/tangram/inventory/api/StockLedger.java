package io.tangram.inventory.api;

import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The stock ledger: posts moves and answers what is where at what cost. Every posting runs in one
 * transaction with its cost calculation, its event and its audit record.
 */
@ProviderType
public interface StockLedger {

    /** Receives goods outside a purchase order (opening stock, returns from customers). */
    StockMoveDto receive(long companyId, GoodsInput input);

    /**
     * Issues goods at their cost.
     *
     * @throws io.tangram.platform.api.error.ConflictException when the warehouse does not allow
     *         negative stock and fewer units are available, saying how many are
     */
    StockMoveDto issue(long companyId, GoodsInput input);

    /** Posts both halves of a transfer; the goods keep their cost. */
    List<StockMoveDto> transfer(long companyId, TransferInput input);

    /** Corrects stock by a signed quantity (a reason goes in the note). */
    StockMoveDto adjust(long companyId, GoodsInput input);

    /**
     * Reverses a move (both halves of a transfer) with moves of the opposite sign at the same cost.
     *
     * @throws io.tangram.platform.api.error.ConflictException if it is already reversed or is itself a reversal
     */
    List<StockMoveDto> reverse(long moveId, String reason);

    /** @throws io.tangram.platform.api.error.NotFoundException if there is no such move */
    StockMoveDto move(long moveId);

    /** Stock levels of the company, optionally for one warehouse and/or product, by product code. */
    List<StockLevelDto> levels(long companyId, Long warehouseId, Long productId);

    /** Moves of a product (optionally in one warehouse) between two days inclusive, newest first. */
    Page<StockMoveDto> history(long companyId, Long productId, Long warehouseId, LocalDate from, LocalDate to,
                               PageRequest page);

    /** The stock value at the end of {@code at}, optionally for one warehouse. */
    ValuationReport valuation(long companyId, LocalDate at, Long warehouseId);
}
