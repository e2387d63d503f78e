package io.tangram.finance.impl.reports;

import io.tangram.finance.api.AccountType;
import io.tangram.finance.api.NormalBalance;

/** An account as the reports need it: where it sits in the chart and how it is read. */
public record ChartNode(long id, String code, String name, Long parentId, int level, AccountType type,
                        NormalBalance normalBalance) {
}
