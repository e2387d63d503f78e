package io.tangram.finance.impl.shell;

import java.io.PrintStream;
import java.util.List;

import org.apache.karaf.shell.support.table.ShellTable;

import io.tangram.finance.api.StatementLine;

/** Prints statement lines as a table: items indented by level, totals unindented, amounts right-aligned. */
final class StatementPrinter {

    private StatementPrinter() {
    }

    static void print(PrintStream out, String title, List<StatementLine> lines) {
        out.println(title);
        ShellTable table = new ShellTable();
        table.column("项目");
        table.column("Item");
        table.column("Amount 金额").alignRight();
        for (StatementLine l : lines) {
            String indent = "  ".repeat(Math.max(0, l.level() - 1));
            table.addRow().addContent(indent + l.label(), indent + l.labelEn(), l.amount().amount().toPlainString());
        }
        table.print(out);
    }
}
