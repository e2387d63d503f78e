package io.tangram.platform.api.error;

import io.tangram.platform.api.i18n.Text;

/** The caller is authenticated but lacks the permission for this action (HTTP 403). */
public class ForbiddenException extends TangramException {

    private static final long serialVersionUID = 1L;

    private final String permission;

    public ForbiddenException(String permission) {
        super(Text.of("You need the permission \"{0}\" for this", "您需要权限“{0}”才能执行此操作", permission));
        this.permission = permission;
    }

    /** The permission that was missing. */
    public String permission() {
        return permission;
    }

    @Override
    public String kind() {
        return "forbidden";
    }
}
