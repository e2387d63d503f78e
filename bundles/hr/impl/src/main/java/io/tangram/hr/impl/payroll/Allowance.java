package io.tangram.hr.impl.payroll;

import java.math.BigDecimal;

/** A fixed monthly allowance of a salary structure (餐补, 交通补贴 …); {@code taxable} false when the law exempts it. */
public record Allowance(String code, String name, BigDecimal amount, boolean taxable) {
}
