package io.tangram.finance.api.arap;

import java.time.YearMonth;

import org.osgi.annotation.versioning.ProviderType;

/** The monthly VAT summary for the VAT return. */
@ProviderType
public interface VatReports {

    VatSummary summary(long companyId, YearMonth period);
}
