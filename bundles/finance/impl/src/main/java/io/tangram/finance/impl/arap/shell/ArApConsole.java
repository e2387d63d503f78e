package io.tangram.finance.impl.arap.shell;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.karaf.shell.api.console.Session;

import io.tangram.finance.api.arap.AllocationDto;
import io.tangram.finance.api.arap.AllocationInput;
import io.tangram.finance.api.arap.InvoiceDto;
import io.tangram.finance.api.arap.InvoiceLineDto;
import io.tangram.finance.api.arap.InvoiceLineInput;
import io.tangram.finance.api.arap.Invoices;
import io.tangram.finance.api.arap.PaymentDto;
import io.tangram.platform.api.console.ConsoleCall;
import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;

/**
 * What the AR/AP commands share: the call runs as the console user and a refusal is printed in
 * English and Chinese; invoice lines and allocations typed as {@code DESCRIPTION:QTY:PRICE:RATE} and
 * {@code INVOICE:AMOUNT}; invoices and payments printed one per line.
 */
final class ArApConsole {
    private final Session session;
    private final long companyId;

    ArApConsole(Session session, long companyId) {
        this.session = session;
        this.companyId = companyId;
    }

    PrintStream out() {
        return session == null ? System.out : session.getConsole();
    }

    <T> T call(Callable<T> work) throws Exception {
        return ConsoleCall.run(session == null ? null : session.get("USER"), out(), work);
    }

    /** The invoice with that number ({@code SI-2026-000001}), or with that id when only digits are typed. */
    InvoiceDto invoice(Invoices invoices, String numberOrId) {
        String typed = numberOrId.strip();
        return typed.chars().allMatch(Character::isDigit) ? invoices.get(Long.parseLong(typed))
                : invoices.getByNumber(companyId, typed);
    }

    /** Lines typed as {@code DESCRIPTION:QTY:PRICE:RATE}; the description may itself contain colons. */
    static List<InvoiceLineInput> lines(List<String> specs) {
        List<InvoiceLineInput> lines = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; specs != null && i < specs.size(); i++) {
            String spec = specs.get(i);
            String[] parts = spec.split(":");
            try {
                if (parts.length < 4) {
                    throw new NumberFormatException(spec);
                }
                int n = parts.length;
                String description = String.join(":", java.util.Arrays.copyOf(parts, n - 3));
                lines.add(new InvoiceLineInput(description, new BigDecimal(parts[n - 3].strip()),
                        new BigDecimal(parts[n - 2].strip()), new BigDecimal(parts[n - 1].strip()), null, null, null, null));
            } catch (NumberFormatException e) {
                errors.add(new FieldError("lines[" + (i + 1) + "]", Text.of(
                        "must be DESCRIPTION:QTY:PRICE:RATE, e.g. Consulting:10:800:0.06",
                        "格式应为 描述:数量:单价:税率，例如 咨询服务:10:800:0.06")));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return lines;
    }

    /** Allocations typed as {@code INVOICE:AMOUNT} (invoice number or id). */
    List<AllocationInput> allocations(Invoices invoices, List<String> specs) {
        List<AllocationInput> out = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; specs != null && i < specs.size(); i++) {
            String spec = specs.get(i);
            int colon = spec.lastIndexOf(':');
            try {
                if (colon <= 0) {
                    throw new NumberFormatException(spec);
                }
                BigDecimal amount = new BigDecimal(spec.substring(colon + 1).strip());
                out.add(new AllocationInput(invoice(invoices, spec.substring(0, colon)).id(), amount));
            } catch (NumberFormatException e) {
                errors.add(new FieldError("allocations[" + (i + 1) + "]", Text.of(
                        "must be INVOICE:AMOUNT, e.g. SI-2026-000001:1130", "格式应为 发票号:金额，例如 SI-2026-000001:1130")));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return out;
    }

    /** An id typed as digits. */
    static long id(String field, String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of(field, Text.of("must be a number such as 10", "必须是数字，例如 10"));
        }
    }


    void print(InvoiceDto i) {
        out().printf("%s  #%d  %s %s  party %d  %s  due %s  net %s  VAT %s  total %s  open %s%s%n",
                i.number() == null ? "(draft)" : i.number(), i.id(), i.kind(), i.creditNoteOf() == null ? "invoice"
                        : "credit note of #" + i.creditNoteOf(), i.partyId(), i.invoiceDate(), i.dueDate(), i.totalNet(),
                i.totalTax(), i.total(), i.open(), i.voucherNumber() == null ? "" : "  voucher " + i.voucherNumber());
        out().printf("  status %s%s%n", i.status(), i.externalNumber() == null ? "" : "  ext. no. " + i.externalNumber());
    }

    void printWithLines(InvoiceDto i) {
        print(i);
        for (InvoiceLineDto l : i.lines()) {
            out().printf("  %d. %-24s %s × %s  VAT %s%%  net %s  VAT %s  → %s%s%n", l.lineNo(), l.description(),
                    l.quantity().toPlainString(), l.unitPrice().toPlainString(),
                    l.taxRate().movePointRight(2).stripTrailingZeros().toPlainString(), l.netAmount(), l.taxAmount(),
                    l.accountCode(), l.matchNote() == null ? "" : "  [" + l.matchStatus() + ": " + l.matchNote() + "]");
        }
    }

    void print(PaymentDto p) {
        out().printf("%s  #%d  %s  %s  party %d  %s  %s  bank %s%s%s%n", p.number(), p.id(), p.kind(), p.status(),
                p.partyId(), p.date(), p.amount(), p.bankAccountCode(),
                p.approvedBy() == null ? "" : "  approved by " + p.approvedBy(),
                p.approvalRef() == null ? "" : "  OA " + p.approvalRef());
        for (AllocationDto a : p.allocations()) {
            out().printf("  → %s  %s%n", a.invoiceNumber(), a.amount());
        }
        if (p.approvalNote() != null) {
            out().printf("  note: %s%n", p.approvalNote());
        }
    }
}
