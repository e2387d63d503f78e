package io.tangram.masterdata.impl.rules;

import java.util.OptionalInt;

/** The active reference data a party or product may point at. */
public interface ReferenceCodes {

    boolean unitExists(String code);

    boolean taxRateExists(String code);

    /** Scale of an active currency, empty if there is no such active currency. */
    OptionalInt currencyScale(String code);
}
