package io.tangram.finance.impl.arap.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.tangram.finance.api.arap.InvoiceLineInput;
import io.tangram.platform.api.error.ValidationException;

class ArApConsoleTest {

    @Test
    void linesAreDescriptionQuantityPriceRateAndTheDescriptionMayHoldColons() {
        List<InvoiceLineInput> lines = ArApConsole.lines(List.of("Consulting:10:800:0.06", "Item: blue:2:3.5:0.13"));
        assertEquals("Consulting", lines.get(0).description());
        assertEquals(new BigDecimal("800"), lines.get(0).unitPrice());
        assertEquals("Item: blue", lines.get(1).description());
        assertEquals(new BigDecimal("0.13"), lines.get(1).taxRate());
    }

    @Test
    void aMalformedLineIsNamedByItsPosition() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> ArApConsole.lines(List.of("Ok:1:1:0", "Consulting:ten:800:0.06")));
        assertEquals("lines[2]", e.errors().get(0).field());
    }
}
