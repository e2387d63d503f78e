package io.tangram.hr.impl.attendance.shell;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.apache.karaf.shell.api.action.Completion;

import io.tangram.hr.impl.attendance.AttendanceService;
import io.tangram.hr.impl.attendance.ImportResult;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleCall;

/**
 * {@code hr:clock-import FILE}: stores the punches of a device file (UTF-8 CSV, header
 * {@code employee,time[,device]}), all or nothing; bad lines are printed by number.
 */
@Service
@Command(scope = "hr", name = "clock-import", description = "Import clock records from a device CSV file (导入打卡记录)")
public class ClockImportCommand implements Action {

    @Argument(index = 0, name = "file", required = true, description = "CSV file: employee,time[,device]")
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    AttendanceService attendance;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PrintStream out = session.getConsole();
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            out.println("cannot read " + path.toAbsolutePath() + " / 无法读取文件 " + path.toAbsolutePath());
            return null;
        }
        String text = Files.readString(path, StandardCharsets.UTF_8);
        ImportResult r = ConsoleCall.run(session.get("USER"), out, () -> attendance.importCsv(company, text));
        if (r != null) {
            out.printf("%d punch(es) read, %d stored, %d duplicate(s) skipped; %d employee(s), %s to %s, %d day(s)"
                    + " recomputed%n", r.lines(), r.stored(), r.duplicates(), r.employees(), r.from() == null ? "-" : r.from(),
                    r.to() == null ? "-" : r.to(), r.days());
        }
        return null;
    }
}
