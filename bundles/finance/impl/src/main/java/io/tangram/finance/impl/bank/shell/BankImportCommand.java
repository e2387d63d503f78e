package io.tangram.finance.impl.bank.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.finance.api.bank.BankAccountDto;
import io.tangram.finance.api.bank.BankAccounts;
import io.tangram.finance.api.bank.BankStatementDto;
import io.tangram.finance.api.bank.BankStatements;
import io.tangram.finance.impl.bank.StatementText;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;

/** {@code finance:bank-import ICBC /data/icbc-2026-11.csv}: imports a bank statement CSV file (UTF-8). */
@Service
@Command(scope = "finance", name = "bank-import", description = "Imports a bank statement CSV file (导入银行对账单)")
public class BankImportCommand implements Action {

    @Argument(index = 0, name = "account", required = true, description = "Bank account code or id")
    String account;

    @Argument(index = 1, name = "file", required = true,
            description = "CSV file, UTF-8, header date,amount,reference,counterparty,description[,balance]")
    String file;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    BankAccounts accounts;

    @Reference
    BankStatements statements;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        BankConsole console = new BankConsole(session);
        BankStatementDto imported = console.call(() -> {
            BankAccountDto bank = BankConsole.account(accounts, company, account);
            Path path = Path.of(file);
            String text;
            try (InputStream in = Files.newInputStream(path)) {
                text = StatementText.read(in);
            } catch (NoSuchFileException e) {
                throw ValidationException.of("file", Text.of("there is no file {0}", "文件 {0} 不存在", file));
            } catch (IOException e) {
                throw ValidationException.of("file", Text.of("cannot read {0}: {1}", "无法读取 {0}：{1}", file,
                        String.valueOf(e.getMessage())));
            }
            return statements.importCsv(bank.id(), text, path.getFileName().toString());
        });
        if (imported != null) {
            console.out().printf("Statement #%d: %d row(s), %d new, %d already imported, %s to %s%n", imported.id(),
                    imported.rows(), imported.newLines(), imported.knownLines(), imported.firstDate(),
                    imported.lastDate());
        }
        return null;
    }
}
