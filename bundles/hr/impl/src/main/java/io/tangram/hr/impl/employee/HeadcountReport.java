package io.tangram.hr.impl.employee;

import java.util.List;

/** Headcount and turnover by department and month, and the company's totals per month. */
public record HeadcountReport(String from, String to, List<HeadcountRow> rows, List<HeadcountRow> totals) {
}
