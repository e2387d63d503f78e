package io.tangram.platform.impl.event;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicFilterTest {

    @Test
    void exactNamesAndPrefixes() {
        TopicFilter filter = new TopicFilter(Set.of("tangram/inventory/*", "tangram/sales/OrderPlaced"));

        assertTrue(filter.matches("tangram/inventory/StockMoved"));
        assertTrue(filter.matches("tangram/sales/OrderPlaced"));
        assertFalse(filter.matches("tangram/sales/OrderPlacedLate"));
        assertFalse(filter.matches("tangram/sales/OrderCancelled"));
        assertFalse(filter.matches("tangram/inventoryx/StockMoved"));
        assertTrue(new TopicFilter(Set.of("*")).matches("tangram/finance/InvoicePosted"));
    }

    @Test
    void parsesTheStoredForm() {
        TopicFilter filter = TopicFilter.parse("tangram/inventory/*,tangram/sales/OrderPlaced");

        assertTrue(filter.matches("tangram/inventory/StockMoved"));
        assertTrue(filter.matches("tangram/sales/OrderPlaced"));
        assertFalse(TopicFilter.parse("").matches("tangram/sales/OrderPlaced"));
        assertFalse(TopicFilter.parse(null).matches("tangram/sales/OrderPlaced"));
    }
}
