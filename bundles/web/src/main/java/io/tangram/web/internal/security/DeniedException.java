package io.tangram.web.internal.security;

import io.tangram.platform.api.error.TangramException;
import io.tangram.platform.api.i18n.Text;

/** A call of a REST method that declares neither a permission nor public access (403). */
public class DeniedException extends TangramException {
    private static final long serialVersionUID = 1L;

    public DeniedException() {
        super(Text.of("This operation declares no permission and is refused", "此操作未声明所需权限，已拒绝"));
    }

    @Override
    public String kind() {
        return "forbidden";
    }
}
