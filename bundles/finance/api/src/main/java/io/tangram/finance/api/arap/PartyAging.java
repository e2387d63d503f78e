package io.tangram.finance.api.arap;

import java.util.List;

/** One customer's or supplier's open items and their buckets. */
public record PartyAging(long partyId, AgingAmounts amounts, List<OpenItem> items) {
    public PartyAging {
        items = List.copyOf(items);
    }
}
