package io.tangram.oa.impl.approval;

import java.math.BigDecimal;
import java.time.Instant;

/** A task waiting for a user; {@code onBehalfOf} is set when the user acts as someone's delegate. */
public record InboxItem(long taskId, String reference, String documentType, String documentNumber, String title,
                        BigDecimal amount, String currency, String requester, String step, String stepZh,
                        String onBehalfOf, Instant waitingSince) {
}
