package io.tangram.inventory.impl.costing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The cost of one stock move as computed by {@link StockValuation}; the caller stores it with the move and
 * books it in finance.
 * <p>
 * {@code variance} is the value booked to stock gain/loss instead of to stock: <b>positive is a loss, negative
 * a gain</b>. It is non-zero when an incoming move settles negative stock (receipt cost minus the cost the
 * deficit went out at) and when a return to supplier, valued at the original receipt cost, releases a
 * different value from stock. The stock value therefore changes by {@code value - variance} for incoming
 * moves and by {@code -(value + variance)} for outgoing moves.
 *
 * @param quantity quantity moved, always positive
 * @param value    total value of the move at the value scale, never negative
 * @param unitCost {@code value / quantity} at scale 6
 * @param takes    FIFO layers consumed, oldest first; empty for moving average and for incoming moves
 * @param variance value booked to stock gain/loss, usually 0
 */
public record CostedMove(BigDecimal quantity, BigDecimal value, BigDecimal unitCost, List<LayerTake> takes,
                         BigDecimal variance) {

    /** Rejects missing parts and freezes the takes. */
    public CostedMove {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unitCost, "unitCost");
        Objects.requireNonNull(variance, "variance");
        takes = List.copyOf(Objects.requireNonNull(takes, "takes"));
    }
}
