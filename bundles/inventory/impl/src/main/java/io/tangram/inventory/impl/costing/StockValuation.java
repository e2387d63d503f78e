package io.tangram.inventory.impl.costing;

import io.tangram.inventory.api.CostingMethod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Valuation of the stock of one product in one warehouse, by moving average or FIFO.
 * <p>
 * The caller loads the state while holding a row lock, applies one move and stores the resulting state, so
 * this is a plain mutable object and <b>not thread-safe</b>. Unit costs have scale 6, values (money) the scale
 * given by the caller (2 for CNY); all rounding is {@link RoundingMode#HALF_UP}. Quantities may have up to 4
 * decimals.
 * <p>
 * Rules kept by every operation:
 * <ul>
 * <li>the stock value changes by exactly what the returned move says: {@code value - variance} for incoming
 * moves, {@code -(value + variance)} for outgoing ones (see {@link CostedMove});</li>
 * <li>when the quantity reaches 0 the value is exactly 0: a move that empties the stock carries the whole
 * remaining value, rounding residue included;</li>
 * <li>FIFO values each layer take separately, {@code round(takeQuantity * layerUnitCost)}, so that a take can be
 * brought back at exactly the value it left with. The value may therefore differ by rounding residue from the
 * sum of the rounded layer values; the residue leaves with the move that empties the stock, and a move that
 * does not empty the stock never takes out more than the stock value.</li>
 * </ul>
 * Negative stock (only through {@link #issue(BigDecimal, boolean)} with {@code allowNegative}): the part of an
 * issue beyond the quantity on hand is costed at the average unit cost before the issue when there was stock,
 * otherwise at the last unit cost. Incoming goods first settle the deficit; the difference between their cost
 * and the cost the deficit went out at is reported as variance, and what remains is valued at the incoming
 * cost (FIFO: only that part becomes layers).
 */
public final class StockValuation {

    /** Scale of every unit cost: averages, layer costs and move unit costs. */
    public static final int UNIT_COST_SCALE = 6;
    /** Largest number of decimals accepted in a quantity. */
    public static final int MAX_QUANTITY_SCALE = 4;

    private static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private final CostingMethod method;
    private final int valueScale;
    /** FIFO layers with remaining > 0, ordered by layerRef (stable for equal refs); always empty for moving average. */
    private final List<Layer> layers = new ArrayList<>();
    private BigDecimal onHand;
    private BigDecimal stockValue;
    private BigDecimal lastUnitCost;

    private StockValuation(CostingMethod method, int valueScale, BigDecimal onHand, BigDecimal stockValue,
                           BigDecimal lastUnitCost) {
        this.method = method;
        this.valueScale = valueScale;
        this.onHand = onHand;
        this.stockValue = stockValue;
        this.lastUnitCost = lastUnitCost;
    }

    /**
     * Restores a stored valuation.
     *
     * @param lastUnitCost cost of the latest receipt, {@code null} when unknown (taken as 0)
     * @param layers       FIFO layers in any order (layers with nothing remaining are ignored); they must add up to
     *                     the quantity when it is positive and be empty otherwise; must be empty for moving average
     * @throws IllegalArgumentException when the state is incomplete or inconsistent
     */
    public static StockValuation of(CostingMethod method, int valueScale, BigDecimal quantity, BigDecimal value,
                                    BigDecimal lastUnitCost, List<CostLayer> layers) {
        require(method != null, "costing method is required");
        require(valueScale >= 0, "value scale must not be negative but was " + valueScale);
        require(quantity != null, "quantity is required");
        requireQuantityScale(quantity, "quantity");
        BigDecimal exactValue = exactMoney(value, valueScale, "value");
        require(quantity.signum() != 0 || exactValue.signum() == 0,
                "value must be 0 when quantity is 0 but was " + exactValue.toPlainString());
        BigDecimal lastCost = lastUnitCost == null ? BigDecimal.ZERO.setScale(UNIT_COST_SCALE)
                : unitCost(lastUnitCost, "last unit cost");
        StockValuation valuation = new StockValuation(method, valueScale, quantity, exactValue, lastCost);
        List<CostLayer> given = layers == null ? List.of() : layers;
        if (method == CostingMethod.MOVING_AVERAGE) {
            require(given.isEmpty(), "a moving average valuation has no cost layers");
            return valuation;
        }
        List<CostLayer> byRef = new ArrayList<>(given.size());
        for (CostLayer layer : given) {
            require(layer != null, "cost layers must not contain null");
            byRef.add(layer);
        }
        byRef.sort(Comparator.comparingLong(CostLayer::layerRef));
        BigDecimal layered = BigDecimal.ZERO;
        for (CostLayer layer : byRef) {
            require(layer.remaining().signum() >= 0, "remaining quantity of layer " + layer.layerRef()
                    + " must not be negative but was " + layer.remaining().toPlainString());
            requireQuantityScale(layer.remaining(), "remaining quantity of layer " + layer.layerRef());
            BigDecimal cost = unitCost(layer.unitCost(), "unit cost of layer " + layer.layerRef());
            if (layer.remaining().signum() > 0) {
                valuation.layers.add(new Layer(layer.layerRef(), layer.remaining(), cost));
                layered = layered.add(layer.remaining());
            }
        }
        require(layered.compareTo(quantity.max(BigDecimal.ZERO)) == 0, "FIFO layers hold "
                + layered.toPlainString() + " but the quantity is " + quantity.toPlainString());
        return valuation;
    }

    /** A valuation with nothing in stock and no known cost yet. */
    public static StockValuation empty(CostingMethod method, int valueScale) {
        return of(method, valueScale, BigDecimal.ZERO, BigDecimal.ZERO, null, List.of());
    }

    /**
     * Goods in at a known unit cost (purchase receipt, positive adjustment, stocktake gain). The move value is
     * {@code round(quantity * unitCost)}; the last unit cost becomes {@code unitCost}.
     *
     * @param unitCost cost of one unit, rounded to scale 6
     * @param layerRef id of the stock move creating the FIFO layer (ids ascend with time; FIFO consumes lowest ref
     *                 first)
     */
    public CostedMove receive(BigDecimal quantity, BigDecimal unitCost, long layerRef) {
        requireMovedQuantity(quantity, "received quantity");
        BigDecimal cost = unitCost(unitCost, "unit cost");
        BigDecimal receiptValue = money(quantity.multiply(cost));
        List<IncomingLot> lots = List.of(new IncomingLot(layerRef, quantity, cost, receiptValue));
        BigDecimal variance = bringIn(quantity, receiptValue, lots, lots, false);
        lastUnitCost = cost;
        return incoming(quantity, receiptValue, variance);
    }

    /**
     * Goods out (sale issue, negative adjustment, stocktake loss, transfer out). Moving average: the value moved is
     * {@code round(quantity * value / onHand)}, or the whole value when everything leaves. FIFO: oldest layers
     * first, each take rounded separately, or the whole value when everything leaves.
     *
     * @param allowNegative whether the quantity may exceed what is on hand (the excess is costed as described in
     *                      the class documentation)
     * @throws InsufficientStockException when {@code !allowNegative} and quantity exceeds what is on hand
     */
    public CostedMove issue(BigDecimal quantity, boolean allowNegative) {
        requireMovedQuantity(quantity, "issued quantity");
        BigDecimal available = available();
        if (!allowNegative && quantity.compareTo(available) > 0) {
            throw new InsufficientStockException(available, quantity);
        }
        BigDecimal costBeyondStock = averageUnitCost();
        BigDecimal covered = quantity.min(available);
        List<LayerTake> takes = method == CostingMethod.FIFO ? takeOldest(covered) : List.of();
        BigDecimal coveredValue;
        if (covered.signum() == 0) {
            coveredValue = zeroMoney();
        } else if (covered.compareTo(onHand) == 0) {
            coveredValue = stockValue;
        } else if (method == CostingMethod.FIFO) {
            coveredValue = atMostStockValue(valueOfTakes(takes));
        } else {
            coveredValue = covered.multiply(stockValue).divide(onHand, valueScale, ROUNDING);
        }
        BigDecimal issuedValue = coveredValue.add(money(quantity.subtract(covered).multiply(costBeyondStock)));
        onHand = onHand.subtract(quantity);
        stockValue = stockValue.subtract(issuedValue);
        return new CostedMove(quantity, issuedValue, unitCostOf(issuedValue, quantity), takes, zeroMoney());
    }

    /**
     * Reverses (part of) an earlier receipt, e.g. a return to supplier: the move is valued at the ORIGINAL unit
     * cost of that receipt. FIFO takes from that receipt's layers while they have remaining quantity, then from
     * the oldest layers; any difference between the layer values released and the original cost is variance.
     * Moving average releases {@code round(quantity * originalUnitCost)} from stock (at most the stock value, and
     * all of it when everything leaves); any difference is variance.
     *
     * @throws InsufficientStockException when less than {@code quantity} is on hand (reversals never make stock
     *                                    negative)
     */
    public CostedMove reverseReceipt(long layerRef, BigDecimal quantity, BigDecimal originalUnitCost) {
        requireMovedQuantity(quantity, "returned quantity");
        BigDecimal cost = unitCost(originalUnitCost, "original unit cost");
        BigDecimal available = available();
        if (quantity.compareTo(available) > 0) {
            throw new InsufficientStockException(available, quantity);
        }
        BigDecimal returnValue = money(quantity.multiply(cost));
        boolean emptiesStock = quantity.compareTo(onHand) == 0;
        List<LayerTake> takes = List.of();
        BigDecimal released;
        if (method == CostingMethod.FIFO) {
            takes = takeForReturn(layerRef, quantity);
            released = emptiesStock ? stockValue : atMostStockValue(valueOfTakes(takes));
        } else {
            released = emptiesStock ? stockValue : atMostStockValue(returnValue);
        }
        onHand = onHand.subtract(quantity);
        stockValue = stockValue.subtract(released);
        return new CostedMove(quantity, returnValue, unitCostOf(returnValue, quantity), takes,
                released.subtract(returnValue));
    }

    /**
     * Reverses an earlier issue: the goods come back at exactly the value they left with. FIFO recreates the
     * layers of the original takes (same layerRef and unit cost, merged into a layer with the same ref and cost
     * that still exists). A part of the original issue that went beyond the stock on hand (not covered by takes)
     * is applied first to a current deficit; what is left of it becomes the newest layer, under the highest ref
     * among the current layers and the takes. Moving average adds the original value.
     */
    public CostedMove reverseIssue(CostedMove originalIssue) {
        BigDecimal returnedValue = requireMove(originalIssue, "original issue");
        BigDecimal returned = originalIssue.quantity();
        List<IncomingLot> layingOrder;
        List<IncomingLot> settlementOrder;
        if (method == CostingMethod.FIFO) {
            long newestRef = layers.stream().mapToLong(Layer::ref).max().orElse(0L);
            for (LayerTake take : originalIssue.takes()) {
                newestRef = Math.max(newestRef, take.layerRef());
            }
            layingOrder = lotsOfTakes(originalIssue.takes(), null);
            IncomingLot beyondStock = uncoveredLot(originalIssue, returnedValue, newestRef);
            settlementOrder = new ArrayList<>(layingOrder);
            if (beyondStock != null) {
                settlementOrder.add(0, beyondStock);
                layingOrder.add(beyondStock);
            }
        } else {
            layingOrder = List.of(wholeMoveLot(0L, returned, returnedValue));
            settlementOrder = layingOrder;
        }
        BigDecimal variance = bringIn(returned, returnedValue, layingOrder, settlementOrder, true);
        return incoming(returned, returnedValue, variance);
    }

    /**
     * Transfer in: receives goods that left another warehouse, keeping their costs. FIFO creates one layer per
     * take, all under {@code newLayerRef} in the order of the takes, plus one last layer for any part that left the
     * source beyond its stock. Moving average adds the transferred value. The last unit cost becomes the unit
     * cost of the transfer.
     */
    public CostedMove receiveTransfer(CostedMove issuedAtSource, long newLayerRef) {
        BigDecimal transferValue = requireMove(issuedAtSource, "transfer");
        BigDecimal transferred = issuedAtSource.quantity();
        List<IncomingLot> lots;
        if (method == CostingMethod.FIFO) {
            lots = lotsOfTakes(issuedAtSource.takes(), newLayerRef);
            IncomingLot beyondStock = uncoveredLot(issuedAtSource, transferValue, newLayerRef);
            if (beyondStock != null) {
                lots.add(beyondStock);
            }
        } else {
            lots = List.of(wholeMoveLot(newLayerRef, transferred, transferValue));
        }
        BigDecimal variance = bringIn(transferred, transferValue, lots, lots, false);
        lastUnitCost = unitCostOf(transferValue, transferred);
        return incoming(transferred, transferValue, variance);
    }

    /** Quantity on hand; negative when more was issued than received. */
    public BigDecimal quantity() {
        return onHand;
    }

    /** Value of the stock at the value scale; negative together with a negative quantity. */
    public BigDecimal value() {
        return stockValue;
    }

    /** {@code value / quantity} at scale 6, or the last unit cost when the quantity is not positive. */
    public BigDecimal averageUnitCost() {
        return onHand.signum() > 0 ? unitCostOf(stockValue, onHand) : lastUnitCost;
    }

    /** Unit cost of the latest receipt or transfer in, scale 6 (0 when none is known). */
    public BigDecimal lastUnitCost() {
        return lastUnitCost;
    }

    /** FIFO layers with remaining > 0, oldest first; empty list for moving average. */
    public List<CostLayer> layers() {
        return layers.stream().map(layer -> new CostLayer(layer.ref(), layer.remaining(), layer.unitCost())).toList();
    }

    /** How this valuation costs outgoing goods. */
    public CostingMethod method() {
        return method;
    }

    /** Number of decimals of every value. */
    public int valueScale() {
        return valueScale;
    }

    @Override
    public String toString() {
        return method + " quantity=" + onHand.toPlainString() + " value=" + stockValue.toPlainString()
                + " lastUnitCost=" + lastUnitCost.toPlainString() + " layers=" + layers();
    }

    /**
     * Books incoming goods. While stock is negative the lots settle the deficit first, in settlement order; what
     * is left of them is kept at their own cost (FIFO: as layers, in laying order).
     *
     * @return the variance: move value minus what the stock value gains
     */
    private BigDecimal bringIn(BigDecimal incoming, BigDecimal moveValue, List<IncomingLot> layingOrder,
                               List<IncomingLot> settlementOrder, boolean mergeIntoExistingLayer) {
        BigDecimal stockGain;
        if (onHand.signum() >= 0) {
            layingOrder.forEach(lot -> lot.kept = lot.quantity);
            stockGain = moveValue;
        } else {
            BigDecimal deficit = onHand.negate();
            BigDecimal deficitValue = stockValue.negate();
            BigDecimal settled = incoming.min(deficit);
            BigDecimal settledDeficitValue = settled.compareTo(deficit) == 0 ? deficitValue
                    : settled.multiply(deficitValue).divide(deficit, valueScale, ROUNDING);
            BigDecimal toSettle = settled;
            BigDecimal keptValue = zeroMoney();
            for (IncomingLot lot : settlementOrder) {
                BigDecimal used = lot.quantity.min(toSettle);
                toSettle = toSettle.subtract(used);
                lot.kept = lot.quantity.subtract(used);
                keptValue = keptValue.add(lot.valueOf(lot.kept));
            }
            stockGain = settledDeficitValue.add(keptValue);
        }
        onHand = onHand.add(incoming);
        stockValue = stockValue.add(stockGain);
        if (method == CostingMethod.FIFO) {
            for (IncomingLot lot : layingOrder) {
                if (lot.kept.signum() > 0) {
                    addLayer(lot.layerRef, lot.kept, lot.unitCost, mergeIntoExistingLayer);
                }
            }
        }
        return moveValue.subtract(stockGain);
    }

    private void addLayer(long layerRef, BigDecimal quantity, BigDecimal unitCost, boolean mergeIntoExistingLayer) {
        if (mergeIntoExistingLayer) {
            for (Layer layer : layers) {
                if (layer.ref() == layerRef && layer.unitCost().compareTo(unitCost) == 0) {
                    layer.remaining = layer.remaining.add(quantity);
                    return;
                }
            }
        }
        int position = layers.size();
        while (position > 0 && layers.get(position - 1).ref() > layerRef) {
            position--;
        }
        layers.add(position, new Layer(layerRef, quantity, unitCost));
    }

    private List<LayerTake> takeOldest(BigDecimal quantity) {
        List<LayerTake> takes = new ArrayList<>();
        BigDecimal wanted = quantity;
        for (Layer layer : layers) {
            wanted = wanted.subtract(take(layer, wanted, takes));
        }
        layers.removeIf(layer -> layer.remaining.signum() == 0);
        return takes;
    }

    private List<LayerTake> takeForReturn(long layerRef, BigDecimal quantity) {
        List<LayerTake> takes = new ArrayList<>();
        BigDecimal wanted = quantity;
        for (Layer layer : layers) {
            if (layer.ref() == layerRef) {
                wanted = wanted.subtract(take(layer, wanted, takes));
            }
        }
        for (Layer layer : layers) {
            wanted = wanted.subtract(take(layer, wanted, takes));
        }
        layers.removeIf(layer -> layer.remaining.signum() == 0);
        return takes;
    }

    /** Takes up to {@code wanted} from the layer, records the take and returns the quantity taken. */
    private static BigDecimal take(Layer layer, BigDecimal wanted, List<LayerTake> takes) {
        BigDecimal taken = layer.remaining.min(wanted);
        if (taken.signum() > 0) {
            layer.remaining = layer.remaining.subtract(taken);
            takes.add(new LayerTake(layer.ref(), taken, layer.unitCost()));
        }
        return taken;
    }

    private BigDecimal valueOfTakes(List<LayerTake> takes) {
        BigDecimal total = zeroMoney();
        for (LayerTake take : takes) {
            total = total.add(money(take.quantity().multiply(take.unitCost())));
        }
        return total;
    }

    /** One lot per take, under the take's own ref or under {@code commonRef} when given. */
    private List<IncomingLot> lotsOfTakes(List<LayerTake> takes, Long commonRef) {
        List<IncomingLot> lots = new ArrayList<>();
        for (LayerTake take : takes) {
            BigDecimal cost = take.unitCost().setScale(UNIT_COST_SCALE, ROUNDING);
            lots.add(new IncomingLot(commonRef == null ? take.layerRef() : commonRef, take.quantity(), cost,
                    money(take.quantity().multiply(cost))));
        }
        return lots;
    }

    /** The part of a move not covered by its takes (it left beyond the stock on hand), or null when there is none. */
    private IncomingLot uncoveredLot(CostedMove move, BigDecimal moveValue, long layerRef) {
        BigDecimal uncovered = move.quantity();
        for (LayerTake take : move.takes()) {
            uncovered = uncovered.subtract(take.quantity());
        }
        if (uncovered.signum() == 0) {
            return null;
        }
        return wholeMoveLot(layerRef, uncovered, moveValue.subtract(valueOfTakes(move.takes())));
    }

    private IncomingLot wholeMoveLot(long layerRef, BigDecimal quantity, BigDecimal value) {
        BigDecimal cost = value.signum() > 0 ? unitCostOf(value, quantity) : BigDecimal.ZERO.setScale(UNIT_COST_SCALE);
        return new IncomingLot(layerRef, quantity, cost, value);
    }

    private CostedMove incoming(BigDecimal quantity, BigDecimal value, BigDecimal variance) {
        return new CostedMove(quantity, value, unitCostOf(value, quantity), List.of(), variance);
    }

    /** Validates a move handed back for a reversal or a transfer and returns its value at the value scale. */
    private BigDecimal requireMove(CostedMove move, String what) {
        require(move != null, what + " is required");
        requireMovedQuantity(move.quantity(), "quantity of the " + what);
        BigDecimal value = exactMoney(move.value(), valueScale, "value of the " + what);
        require(value.signum() >= 0, "value of the " + what + " must not be negative but was " + value.toPlainString());
        BigDecimal taken = BigDecimal.ZERO;
        for (LayerTake take : move.takes()) {
            requireMovedQuantity(take.quantity(), "quantity of a take of the " + what);
            require(take.unitCost().signum() >= 0, "unit cost of a take of the " + what
                    + " must not be negative but was " + take.unitCost().toPlainString());
            taken = taken.add(take.quantity());
        }
        require(taken.compareTo(move.quantity()) <= 0, "takes of the " + what + " hold " + taken.toPlainString()
                + " but the " + what + " moved only " + move.quantity().toPlainString());
        return value;
    }

    /**
     * Caps what a move that does not empty the stock may take out, so that rounding residue of FIFO takes (or a
     * return at an original cost above today's value) never leaves a negative value with goods in stock.
     */
    private BigDecimal atMostStockValue(BigDecimal amount) {
        return amount.min(stockValue.max(zeroMoney()));
    }

    private BigDecimal available() {
        return onHand.max(BigDecimal.ZERO);
    }

    private BigDecimal money(BigDecimal amount) {
        return amount.setScale(valueScale, ROUNDING);
    }

    private BigDecimal zeroMoney() {
        return BigDecimal.ZERO.setScale(valueScale);
    }

    private static BigDecimal unitCostOf(BigDecimal value, BigDecimal quantity) {
        return value.divide(quantity, UNIT_COST_SCALE, ROUNDING);
    }

    private static BigDecimal unitCost(BigDecimal cost, String what) {
        require(cost != null, what + " is required");
        require(cost.signum() >= 0, what + " must not be negative but was " + cost.toPlainString());
        return cost.setScale(UNIT_COST_SCALE, ROUNDING);
    }

    private static BigDecimal exactMoney(BigDecimal amount, int scale, String what) {
        require(amount != null, what + " is required");
        try {
            return amount.setScale(scale);
        } catch (ArithmeticException tooManyDecimals) {
            throw new IllegalArgumentException(what + " " + amount.toPlainString() + " has more than " + scale
                    + " decimals", tooManyDecimals);
        }
    }

    private static void requireMovedQuantity(BigDecimal quantity, String what) {
        require(quantity != null, what + " is required");
        require(quantity.signum() > 0, what + " must be greater than 0 but was " + quantity.toPlainString());
        requireQuantityScale(quantity, what);
    }

    private static void requireQuantityScale(BigDecimal quantity, String what) {
        require(quantity.stripTrailingZeros().scale() <= MAX_QUANTITY_SCALE, what + " " + quantity.toPlainString()
                + " has more than " + MAX_QUANTITY_SCALE + " decimals");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** A FIFO layer in stock; only the remaining quantity changes. */
    private static final class Layer {
        private final long ref;
        private final BigDecimal unitCost;
        private BigDecimal remaining;

        Layer(long ref, BigDecimal remaining, BigDecimal unitCost) {
            this.ref = ref;
            this.remaining = remaining;
            this.unitCost = unitCost;
        }

        long ref() {
            return ref;
        }

        BigDecimal remaining() {
            return remaining;
        }

        BigDecimal unitCost() {
            return unitCost;
        }
    }

    /** Goods coming in at one cost: a receipt, one take of a reversed issue or of a transfer. */
    private final class IncomingLot {
        private final long layerRef;
        private final BigDecimal quantity;
        private final BigDecimal unitCost;
        private final BigDecimal value;
        /** Quantity left after settling a deficit, i.e. what stays in stock at this lot's cost. */
        private BigDecimal kept;

        IncomingLot(long layerRef, BigDecimal quantity, BigDecimal unitCost, BigDecimal value) {
            this.layerRef = layerRef;
            this.quantity = quantity;
            this.unitCost = unitCost;
            this.value = value;
        }

        /** The lot's own value when all of it is kept, otherwise {@code round(part * unitCost)}. */
        BigDecimal valueOf(BigDecimal part) {
            if (part.signum() == 0) {
                return zeroMoney();
            }
            return part.compareTo(quantity) == 0 ? value : money(part.multiply(unitCost));
        }
    }
}
