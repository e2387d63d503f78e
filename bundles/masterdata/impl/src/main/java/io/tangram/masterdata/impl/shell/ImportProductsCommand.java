package io.tangram.masterdata.impl.shell;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.ImportMode;
import io.tangram.masterdata.api.ImportReport;
import io.tangram.masterdata.api.ProductService;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.FileCompleter;

@Service
@Command(scope = "masterdata", name = "import-products", description = "Imports products from a UTF-8 CSV file with a header row")
public class ImportProductsCommand implements Action {

    @Argument(name = "file", required = true, description = "CSV file")
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--valid-rows", description = "Import the good rows and report the bad ones (default: all or nothing)")
    boolean validRows;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    ProductService service;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        ImportMode mode = validRows ? ImportMode.VALID_ROWS : ImportMode.ALL_OR_NOTHING;
        try (Reader csv = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            ImportReport report = Console.call(session, () -> service.importCsv(company, csv, mode));
            if (report != null) {
                Console.print(session.getConsole(), report);
            }
        }
        return null;
    }
}
