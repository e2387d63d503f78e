package io.tangram.finance.impl.shell;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.karaf.shell.api.console.Session;

import io.tangram.finance.api.VoucherDto;
import io.tangram.finance.api.VoucherLineDto;
import io.tangram.finance.api.VoucherLineInput;
import io.tangram.finance.api.VoucherQuery;
import io.tangram.finance.api.Vouchers;
import io.tangram.platform.api.console.ConsoleCall;
import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.query.PageRequest;

/**
 * What every {@code finance:} command shares: it runs the service call as the console user, finds a
 * voucher by the number or id a clerk types, and prints a refusal in both languages instead of a
 * stack trace.
 */
final class FinanceConsole {
    private final Session session;
    private final long companyId;

    FinanceConsole(Session session, long companyId) {
        this.session = session;
        this.companyId = companyId;
    }

    PrintStream out() {
        return session == null ? System.out : session.getConsole();
    }

    /** The call's result, or {@code null} after printing why it was refused. */
    <T> T call(Callable<T> work) throws Exception {
        return ConsoleCall.run(session == null ? null : session.get("USER"), out(), work);
    }

    /** The voucher with that number ({@code 记-2026-11-0001}), or with that id when digits only are typed. */
    VoucherDto voucher(Vouchers vouchers, String numberOrId) {
        String typed = numberOrId.strip();
        if (typed.chars().allMatch(Character::isDigit)) {
            return vouchers.get(Long.parseLong(typed));
        }
        return vouchers.search(companyId, new VoucherQuery(null, null, null, null, null, typed), new PageRequest(0, 50))
                .items().stream().filter(v -> typed.equals(v.number())).findFirst()
                .orElseThrow(() -> new NotFoundException(Text.of("There is no voucher {0}", "不存在凭证 {0}", typed)));
    }

    /**
     * Lines typed as {@code ACCOUNT:DEBIT:CREDIT} or {@code ACCOUNT:DEBIT:CREDIT:CURRENCY:RATE}; a
     * malformed one is a validation error naming its position.
     */
    static List<VoucherLineInput> lines(String field, List<String> specs) {
        List<VoucherLineInput> lines = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; specs != null && i < specs.size(); i++) {
            String[] parts = specs.get(i).split(":");
            try {
                if ((parts.length != 3 && parts.length != 5) || parts[0].isBlank()) {
                    throw new NumberFormatException(specs.get(i));
                }
                lines.add(new VoucherLineInput(parts[0].strip(), amount(parts[1]), amount(parts[2]),
                        parts.length == 5 ? parts[3].strip() : null, parts.length == 5 ? amount(parts[4]) : null,
                        null, null, null));
            } catch (NumberFormatException e) {
                errors.add(new FieldError(field + "[" + (i + 1) + "]", Text.of(
                        "must be ACCOUNT:DEBIT:CREDIT or ACCOUNT:DEBIT:CREDIT:CURRENCY:RATE, e.g. 1002:1000:0",
                        "格式应为 科目:借方:贷方 或 科目:借方:贷方:币种:汇率，例如 1002:1000:0")));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return lines;
    }

    private static BigDecimal amount(String text) {
        return text.isBlank() ? BigDecimal.ZERO : new BigDecimal(text.strip());
    }

    /** Prints a voucher with its lines. */
    void print(VoucherDto v) {
        out().printf("%s  %s  %s  %s  debit %s  credit %s%s%n", v.number() == null ? "(draft #" + v.id() + ")" : v.number(),
                v.status(), v.date(), orEmpty(v.description()), v.totalDebit(), v.totalCredit(),
                v.sourceType() == null ? "" : "  source " + v.sourceType() + ":" + orEmpty(v.sourceRef()));
        for (VoucherLineDto line : v.lines()) {
            String rate = line.exchangeRate().compareTo(BigDecimal.ONE) == 0 ? ""
                    : " @" + line.exchangeRate().toPlainString() + " = " + (line.debit().isZero() ? line.baseCredit()
                            : line.baseDebit());
            out().printf("  %d. %-10s %-20s debit %-14s credit %-14s%s %s%n", line.lineNo(), line.accountCode(),
                    line.accountName(), line.debit().isZero() ? "" : line.debit(),
                    line.credit().isZero() ? "" : line.credit(), rate, orEmpty(line.description()));
        }
        if (v.reversesVoucherId() != null) {
            out().printf("  reverses voucher #%d%n", v.reversesVoucherId());
        }
        if (v.reversedByVoucherId() != null) {
            out().printf("  reversed by voucher #%d%n", v.reversedByVoucherId());
        }
    }

    static String orEmpty(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
