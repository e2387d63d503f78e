package io.tangram.inventory.api;

import java.math.BigDecimal;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Holds stock for documents so it is not promised twice. Available = on hand − reserved; concurrent
 * reservations never promise more than is available.
 */
@ProviderType
public interface StockReservations {

    /**
     * @throws io.tangram.platform.api.error.ConflictException when fewer units are available than
     *         requested, saying how many are
     */
    ReservationDto reserve(long companyId, ReservationInput input);

    /** Gives back what is left of a reservation. */
    ReservationDto release(long reservationId);

    /** Issues {@code quantity} of the reserved stock (never more than is reserved) at its cost. */
    StockMoveDto issue(long reservationId, BigDecimal quantity, String note);

    ReservationDto get(long reservationId);

    /** The reservations of one document, oldest first. */
    List<ReservationDto> forDocument(long companyId, String documentType, String documentRef);

    /** Quantity still available to reserve of a product in a warehouse. */
    BigDecimal available(long productId, long warehouseId);
}
