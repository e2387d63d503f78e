package io.tangram.crm.api.lead;

/**
 * Where a lead stands: {@code NEW → CONTACTED → QUALIFIED}, then {@code CONVERTED} (it became a
 * customer) or {@code DISQUALIFIED} (with a reason). The first three are open: duplicates are
 * checked against them and they can still be converted.
 */
public enum LeadStatus {
    NEW, CONTACTED, QUALIFIED, CONVERTED, DISQUALIFIED;

    public boolean open() {
        return this == NEW || this == CONTACTED || this == QUALIFIED;
    }

    /**
     * Whether a lead may be moved here by hand: forward among the open statuses, or from any open
     * one to {@code DISQUALIFIED}. {@code CONVERTED} is reached only by converting.
     */
    public boolean canMoveTo(LeadStatus next) {
        if (!open() || next == CONVERTED) {
            return false;
        }
        return next == DISQUALIFIED || next.open() && next.ordinal() > ordinal();
    }
}
