package io.tangram.finance.impl.bank.shell;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import org.apache.karaf.shell.api.console.Session;

import io.tangram.finance.api.bank.BankAccountDto;
import io.tangram.finance.api.bank.BankAccounts;
import io.tangram.finance.api.bank.BankStatementLineDto;
import io.tangram.finance.api.bank.MatchSuggestion;
import io.tangram.platform.api.console.ConsoleCall;

/**
 * What every bank command shares: the service call runs as the console user and a refusal is
 * printed in both languages; a bank account is found by the code (or id) a clerk types.
 */
final class BankConsole {
    private final Session session;

    BankConsole(Session session) {
        this.session = session;
    }

    PrintStream out() {
        return session == null ? System.out : session.getConsole();
    }

    /** The call's result, or {@code null} after printing why it was refused. */
    <T> T call(Callable<T> work) throws Exception {
        return ConsoleCall.run(session == null ? null : session.get("USER"), out(), work);
    }

    /** The bank account with that code ({@code ICBC}), or with that id when digits only are typed. */
    static BankAccountDto account(BankAccounts accounts, long companyId, String codeOrId) {
        String typed = codeOrId.strip();
        if (!typed.isEmpty() && typed.chars().allMatch(Character::isDigit)) {
            return accounts.get(Long.parseLong(typed));
        }
        return accounts.getByCode(companyId, typed);
    }

    void print(BankAccountDto a) {
        out().printf("%-10s %-16s %-20s %-22s GL %-8s %s%s%n", a.code(), a.name(), a.bankName(), a.accountNumber(),
                a.glAccountCode(), a.currency(), a.active() ? "" : "  INACTIVE");
    }

    void print(BankStatementLineDto l) {
        out().printf("#%-6d %s %16s  %-8s %-12s %-16s %-20s%s%n", l.id(), l.date(), l.amount().amount().toPlainString(),
                l.status(), orEmpty(l.reference()), orEmpty(l.counterparty()), orEmpty(l.description()),
                l.voucherLineIds().isEmpty() ? "" : "  ledger lines " + l.voucherLineIds());
    }

    void print(MatchSuggestion s) {
        out().printf("    ledger line %-6d %-16s %s %16s  %d day(s)%s%s  %s%n", s.voucherLineId(), s.voucherNumber(),
                s.date(), s.amount().amount().toPlainString(), s.daysApart(), s.referenceFound() ? "  reference" : "",
                s.counterpartyFound() ? "  counterparty" : "", orEmpty(s.description()));
    }

    static String orEmpty(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
