package io.tangram.finance.impl.service;

import java.util.regex.Pattern;

import io.tangram.platform.api.i18n.Text;

/** The rules account codes follow: digits only, and a sub-account's code extends its parent's (222101 under 2221). */
final class AccountCodes {
    static final Pattern CODE = Pattern.compile("[0-9]{1,32}");
    static final Text CODE_FORMAT = Text.of("use 1 to 32 digits", "请使用 1 到 32 位数字");

    private AccountCodes() {
    }

    static boolean valid(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** Whether {@code code} may be a sub-account of {@code parentCode}: it starts with it and is longer. */
    static boolean extendsParent(String code, String parentCode) {
        return code != null && parentCode != null && code.length() > parentCode.length() && code.startsWith(parentCode);
    }
}
