package io.tangram.oa.impl.form;

import java.math.BigDecimal;

/** A general request (通用申请): what is asked, optionally with an amount (CNY by default). */
public record GeneralRequestInput(Long companyId, String title, String category, String details, BigDecimal amount,
                                  String currency) {
}
