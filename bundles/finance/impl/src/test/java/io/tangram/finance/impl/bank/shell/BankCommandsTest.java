package io.tangram.finance.impl.bank.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tangram.finance.impl.FinanceBooks;
import io.tangram.finance.impl.bank.BankAccountService;
import io.tangram.finance.impl.bank.BankReconciliationService;
import io.tangram.finance.impl.bank.BankStatementService;

/** The bank commands against the books, printing to the standard output as without a Karaf session. */
class BankCommandsTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private PrintStream standard;
    private BankAccountService accounts;
    private BankStatementService statements;
    private BankReconciliationService reconciliation;

    @BeforeEach
    void books() {
        FinanceBooks books = new FinanceBooks();
        accounts = new BankAccountService(null, books.dataSource, books.tx, books.audit, books.companies);
        statements = new BankStatementService(null, books.dataSource, books.tx, books.audit, books.events);
        reconciliation = new BankReconciliationService(null, books.dataSource, books.tx, books.audit, books.events,
                books.vouchers, new BankReconciliationService.Config() {
                    @Override
                    public int suggestionDays() {
                        return 7;
                    }

                    @Override
                    public Class<? extends Annotation> annotationType() {
                        return BankReconciliationService.Config.class;
                    }
                });
        standard = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(standard);
    }

    private String printed() {
        String text = printed.toString(StandardCharsets.UTF_8);
        printed.reset();
        return text;
    }

    @Test
    void addImportMatchAndReconcileAtTheConsole(@TempDir Path dir) throws Exception {
        BankAccountAddCommand add = new BankAccountAddCommand();
        add.accounts = accounts;
        add.code = "ICBC";
        add.glAccount = "1002";
        add.name = "基本户";
        add.bank = "工商银行";
        add.number = "0200001234";
        add.execute();
        assertTrue(printed().startsWith("ICBC"));

        Path file = dir.resolve("icbc.csv");
        Files.writeString(file, "\uFEFFdate,amount,description,balance\n2026-11-30,-25.00,手续费,-25.00\n");
        BankImportCommand importer = new BankImportCommand();
        importer.accounts = accounts;
        importer.statements = statements;
        importer.account = "ICBC";
        importer.file = file.toString();
        importer.execute();
        assertTrue(printed().contains("1 row(s), 1 new, 0 already imported"));
        importer.file = dir.resolve("missing.csv").toString();
        importer.execute();
        assertTrue(printed().contains("file: there is no file"));

        long line = statements.lines(accounts.getByCode(1, "ICBC").id(), null).get(0).id();
        BankMatchCommand match = new BankMatchCommand();
        match.accounts = accounts;
        match.statements = statements;
        match.reconciliation = reconciliation;
        match.line = line;
        match.postTo = "5603";
        match.execute();
        assertTrue(printed().contains("MATCHED"));

        ReconciliationCommand report = new ReconciliationCommand();
        report.accounts = accounts;
        report.reconciliation = reconciliation;
        report.account = "ICBC";
        report.at = "2026-11-30";
        report.execute();
        String statement = printed();
        assertTrue(statement.contains("Reconciled / 已平衡"), statement);
        report.at = "2026-11-31";
        report.execute();
        assertEquals("The request has 1 invalid field(s) / 请求中有 1 个字段无效", printed().lines().findFirst().orElseThrow());
    }
}
