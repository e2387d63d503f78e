package io.tangram.finance.impl.bank;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;

/** The permissions of bank accounts, statements and reconciliation. */
@Component(service = PermissionProvider.class)
public class BankPermissions implements PermissionProvider {

    public static final String READ = "finance.bank.read";
    public static final String WRITE = "finance.bank.write";
    public static final String RECONCILE = "finance.bank.reconcile";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(READ, "View bank accounts, statements, matches and reconciliation statements",
                        "查看银行账户、对账单、勾对和银行存款余额调节表"),
                Permission.of(WRITE, "Add, change and deactivate bank accounts; import bank statements",
                        "新增、修改和停用银行账户；导入银行对账单"),
                Permission.of(RECONCILE, "Match statement lines to book entries, undo matches, post vouchers from"
                        + " statement lines", "银行对账：勾对、取消勾对、根据对账单生成凭证"));
    }
}
