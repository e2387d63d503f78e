package io.tangram.finance.impl.arap.service;

import java.util.Optional;

import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.sql.Sql;

/** Whether the accounts a posting needs are in the company's chart and postable. */
final class Accounts {

    /** An account of the chart: whether it is active and has no sub-accounts. */
    record State(boolean active, boolean postable) {
    }

    private final Sql sql;

    Accounts(Sql sql) {
        this.sql = sql;
    }

    Optional<State> find(long companyId, String code) {
        return sql.one("SELECT a.active, (SELECT COUNT(*) FROM fin_account c WHERE c.parent_id = a.id) AS children"
                + " FROM fin_account a WHERE a.company_id = ? AND a.code = ?",
                rs -> new State(rs.getBoolean("active"), rs.getLong("children") == 0), companyId, code);
    }

    /** Whether {@code code} can take a posting. */
    boolean usable(long companyId, String code) {
        return find(companyId, code).filter(s -> s.active() && s.postable()).isPresent();
    }

    /**
     * Refuses a posting whose configured account ({@code role}, e.g. "output VAT") is missing,
     * deactivated or has sub-accounts, saying what to add or configure.
     */
    void require(long companyId, String code, Text role) {
        Optional<State> state = find(companyId, code);
        if (state.isEmpty()) {
            throw new ConflictException(Text.of("The {0} account {1} is not in the chart of accounts of company {2}: add it"
                    + " (finance:account-add) or load the China small-business chart (finance:load-chart cn-small-business),"
                    + " or configure another account in io.tangram.finance.arap",
                    "公司 {2} 的科目表中没有{3}科目 {1}：请新增该科目（finance:account-add）或导入小企业会计准则科目表"
                    + "（finance:load-chart cn-small-business），或在 io.tangram.finance.arap 中配置其他科目",
                    role.en(), code, String.valueOf(companyId), role.zh()));
        }
        if (!state.get().active()) {
            throw new ConflictException(Text.of("The {0} account {1} is deactivated; reactivate it or configure another"
                    + " account in io.tangram.finance.arap", "{2}科目 {1} 已停用；请重新启用或在 io.tangram.finance.arap 中配置其他科目",
                    role.en(), code, role.zh()));
        }
        if (!state.get().postable()) {
            throw new ConflictException(Text.of("The {0} account {1} has sub-accounts; configure one of them in"
                    + " io.tangram.finance.arap", "{2}科目 {1} 有下级科目；请在 io.tangram.finance.arap 中配置其末级科目",
                    role.en(), code, role.zh()));
        }
    }
}
