package io.tangram.oa.impl.form;

import java.util.List;

/**
 * An expense claim as the employee fills it in: the currency (CNY by default), the master-data party
 * the company pays (the employee's own), the cost centre the lines default to, and the lines.
 */
public record ExpenseClaimInput(Long companyId, String purpose, String currency, Long payeePartyId, String costCentre,
                                List<ExpenseLineInput> lines) {
}
