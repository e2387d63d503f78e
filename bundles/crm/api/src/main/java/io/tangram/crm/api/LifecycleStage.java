package io.tangram.crm.api;

/**
 * Where a customer stands, computed from its orders and activity: a {@code LEAD} has neither
 * opportunity nor order, a {@code PROSPECT} has an opportunity but no order, a {@code CUSTOMER} one
 * order, {@code REPEAT} two or more, and {@code DORMANT} no order and no activity for the configured
 * number of days (180 by default) after having ordered.
 */
public enum LifecycleStage {
    LEAD, PROSPECT, CUSTOMER, REPEAT, DORMANT
}
