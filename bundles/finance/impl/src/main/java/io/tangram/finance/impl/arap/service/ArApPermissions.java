package io.tangram.finance.impl.arap.service;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;

/** The permissions receivables and payables check. */
@Component(service = PermissionProvider.class)
public class ArApPermissions implements PermissionProvider {

    public static final String INVOICE_READ = "finance.invoice.read";
    public static final String INVOICE_WRITE = "finance.invoice.write";
    public static final String INVOICE_POST = "finance.invoice.post";
    public static final String PAYMENT_READ = "finance.payment.read";
    public static final String PAYMENT_WRITE = "finance.payment.write";
    public static final String PAYMENT_APPROVE = "finance.payment.approve";
    public static final String PAYMENT_POST = "finance.payment.post";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(INVOICE_READ, "View invoices, credit notes, aging, customer exposure and the VAT summary",
                        "查看发票、红字发票、账龄、客户信用占用和增值税汇总"),
                Permission.of(INVOICE_WRITE, "Enter and change draft invoices", "录入和修改发票草稿"),
                Permission.of(INVOICE_POST, "Post invoices and issue credit notes", "发票过账、开具红字发票"),
                Permission.of(PAYMENT_READ, "View receipts and payments", "查看收款和付款"),
                Permission.of(PAYMENT_WRITE, "Enter receipts and supplier payments", "录入收款和供应商付款"),
                Permission.of(PAYMENT_APPROVE, "Approve supplier payments", "审批供应商付款"),
                Permission.of(PAYMENT_POST, "Post approved supplier payments", "已审批付款过账"));
    }
}
