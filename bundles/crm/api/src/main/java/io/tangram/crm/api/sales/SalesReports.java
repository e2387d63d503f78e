package io.tangram.crm.api.sales;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

/** Sales analysis: who and what sells, over a period. */
@ProviderType
public interface SalesReports {

    /** The ranking by {@code by} from {@code from} to {@code to} (inclusive), the top {@code limit} lines. */
    SalesRanking ranking(long companyId, RankingDimension by, LocalDate from, LocalDate to, int limit);
}
