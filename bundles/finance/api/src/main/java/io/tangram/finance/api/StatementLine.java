package io.tangram.finance.api;

import io.tangram.platform.api.money.Money;

/**
 * One line of a financial statement.
 *
 * @param key     stable identifier of the line ({@code assets.current.cash}), for clients and tests
 * @param label   Chinese label (货币资金)
 * @param labelEn English label (Cash and cash equivalents)
 * @param level   0 for a total, 1 for a section, 2 for a line
 */
public record StatementLine(String key, String label, String labelEn, int level, Money amount) {
}
