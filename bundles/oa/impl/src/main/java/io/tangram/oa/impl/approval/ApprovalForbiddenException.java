package io.tangram.oa.impl.approval;

import io.tangram.platform.api.error.TangramException;
import io.tangram.platform.api.i18n.Text;

/** The caller may not act on or see this approval (HTTP 403), saying why in a clerk's words. */
public class ApprovalForbiddenException extends TangramException {

    private static final long serialVersionUID = 1L;

    public ApprovalForbiddenException(Text text) {
        super(text);
    }

    @Override
    public String kind() {
        return "forbidden";
    }
}
