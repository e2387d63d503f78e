package io.tangram.inventory.impl.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

/**
 * Assertions for the costing tests: money and unit costs are compared with their exact scale (so a missing
 * rounding fails), quantities by numeric value (their scale is whatever the caller passed).
 */
final class ValuationAssertions {

    private ValuationAssertions() {
    }

    static BigDecimal dec(String amount) {
        return new BigDecimal(amount);
    }

    /** Exact comparison, scale included: "46.00" is not "46.0". */
    static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected), actual, () -> "expected " + expected + " but was " + actual);
    }

    static void assertQuantity(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected quantity " + expected
                + " but was " + actual);
    }

    static void assertState(StockValuation valuation, String quantity, String value) {
        assertQuantity(quantity, valuation.quantity());
        assertAmount(value, valuation.value());
    }

    static void assertMove(CostedMove move, String quantity, String value, String unitCost, String variance) {
        assertQuantity(quantity, move.quantity());
        assertAmount(value, move.value());
        assertAmount(unitCost, move.unitCost());
        assertAmount(variance, move.variance());
    }

    static CostLayer layer(long ref, String remaining, String unitCost) {
        return new CostLayer(ref, new BigDecimal(remaining), new BigDecimal(unitCost));
    }

    static LayerTake take(long ref, String quantity, String unitCost) {
        return new LayerTake(ref, new BigDecimal(quantity), new BigDecimal(unitCost));
    }

    /** Layers in order; quantities by value, unit costs exactly (scale 6). */
    static void assertLayers(List<CostLayer> actual, CostLayer... expected) {
        assertEquals(expected.length, actual.size(), () -> "layers " + actual);
        for (int i = 0; i < expected.length; i++) {
            CostLayer want = expected[i];
            CostLayer got = actual.get(i);
            assertEquals(want.layerRef(), got.layerRef(), "layerRef of layer " + i + " in " + actual);
            assertQuantity(want.remaining().toPlainString(), got.remaining());
            assertAmount(want.unitCost().toPlainString(), got.unitCost());
        }
    }

    /** Takes in order; quantities by value, unit costs exactly (scale 6). */
    static void assertTakes(List<LayerTake> actual, LayerTake... expected) {
        assertEquals(expected.length, actual.size(), () -> "takes " + actual);
        for (int i = 0; i < expected.length; i++) {
            LayerTake want = expected[i];
            LayerTake got = actual.get(i);
            assertEquals(want.layerRef(), got.layerRef(), "layerRef of take " + i + " in " + actual);
            assertQuantity(want.quantity().toPlainString(), got.quantity());
            assertAmount(want.unitCost().toPlainString(), got.unitCost());
        }
    }
}
