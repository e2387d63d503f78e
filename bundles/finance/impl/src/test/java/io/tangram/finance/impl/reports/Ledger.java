package io.tangram.finance.impl.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.tangram.finance.api.VoucherDto;
import io.tangram.finance.api.VoucherInput;
import io.tangram.finance.api.VoucherLineInput;
import io.tangram.finance.impl.FinanceBooks;

/** Posts vouchers typed like the console's {@code ACCOUNT:DEBIT:CREDIT} lines. */
final class Ledger {
    private Ledger() {
    }

    static VoucherDto post(FinanceBooks books, String date, String description, String... lines) {
        return books.vouchers.record(input(date, description, lines));
    }

    static VoucherInput input(String date, String description, String... lines) {
        List<VoucherLineInput> in = new ArrayList<>();
        for (String line : lines) {
            String[] p = line.split(":");
            in.add(new VoucherLineInput(p[0], new BigDecimal(p[1]), new BigDecimal(p[2]), null, null, null, null, null));
        }
        return new VoucherInput(FinanceBooks.COMPANY, LocalDate.parse(date), description, in, null, null);
    }

    static BigDecimal amount(String text) {
        return new BigDecimal(text).setScale(2);
    }
}
