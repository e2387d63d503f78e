package io.tangram.finance.impl.asset;

import java.math.BigDecimal;
import java.util.Optional;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.sql.Sql;

/** Field checks the asset services share: postable accounts, amounts in fen, the company. */
final class AssetChecks {

    private AssetChecks() {
    }

    static <T> T requireBody(T body) {
        if (body == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        return body;
    }

    static long company(Long companyId) {
        return companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
    }

    static void companyExists(CompanyService companies, long companyId, Validation v) {
        try {
            companies.get(companyId);
        } catch (NotFoundException e) {
            v.add("companyId", Text.of("there is no company {0}", "不存在公司 {0}", String.valueOf(companyId)));
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Adds an error unless {@code code} is an active account of the company without sub-accounts. */
    static void postableAccount(Sql sql, long companyId, String field, String code, Validation v) {
        if (code == null) {
            return;
        }
        Optional<boolean[]> account = sql.one("SELECT a.active, (SELECT COUNT(*) FROM fin_account c WHERE c.parent_id = a.id)"
                + " AS children FROM fin_account a WHERE a.company_id = ? AND a.code = ?",
                rs -> new boolean[] {rs.getBoolean("active"), rs.getLong("children") == 0}, companyId, code);
        if (account.isEmpty()) {
            v.add(field, Text.of("there is no account {0}", "不存在科目 {0}", code));
        } else if (!account.get()[0]) {
            v.add(field, Text.of("account {0} is deactivated", "科目 {0} 已停用", code));
        } else if (!account.get()[1]) {
            v.add(field, Text.of("account {0} has sub-accounts; use one of them", "科目 {0} 有下级科目，请使用末级科目", code));
        }
    }

    /** Adds an error if {@code amount} is negative or has more than 2 decimals. */
    static void amount(String field, BigDecimal amount, Validation v) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            v.add(field, Text.of("must not be negative", "不能为负数"));
        } else if (amount.stripTrailingZeros().scale() > DepreciationSchedule.SCALE) {
            v.add(field, Text.of("must have at most 2 decimals", "最多两位小数"));
        }
    }

    static BigDecimal fen(BigDecimal amount) {
        return amount.setScale(DepreciationSchedule.SCALE, java.math.RoundingMode.UNNECESSARY);
    }
}
