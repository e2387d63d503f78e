package io.tangram.inventory.impl.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.inventory.api.WarehouseDto;
import io.tangram.inventory.api.WarehouseInput;
import io.tangram.inventory.api.WarehouseService;
import io.tangram.platform.api.sql.Sql;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.tx.Transactions;

@Component(service = WarehouseService.class)
public class WarehouseServiceImpl implements WarehouseService {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]{0,31}");

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final CompanyService companies;

    @Activate
    public WarehouseServiceImpl(@Reference(target = "(tangram.module=inventory)") SchemaReady schema,
                                @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                                @Reference Transactions tx, @Reference AuditLog audit, @Reference CompanyService companies) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.companies = companies;
    }

    @Override
    public WarehouseDto create(WarehouseInput input) {
        WarehouseInput in = require(input);
        long companyId = in.companyId() == null ? CompanyService.DEFAULT_COMPANY_ID : in.companyId();
        return tx.required(() -> {
            Validation v = new Validation();
            try {
                companies.get(companyId);
            } catch (NotFoundException e) {
                v.add("companyId", Text.of("there is no company {0}", "不存在公司 {0}", String.valueOf(companyId)));
            }
            String code = code(in.code(), v);
            v.required("name", blankToNull(in.name())).maxLength("name", in.name(), 200).maxLength("address", in.address(), 400);
            locations(in.locations(), v);
            v.throwIfInvalid();
            Instant now = Instant.now();
            long id;
            try {
                id = sql.insert("INSERT INTO inv_warehouse (company_id, code, name, address, allow_negative, active, created_at,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", companyId, code, in.name().strip(),
                        blankToNull(in.address()), Boolean.TRUE.equals(in.allowNegativeStock()), Boolean.TRUE, now, now);
            } catch (Sql.DuplicateKeyException e) {
                throw e.asConflict(taken(code));
            }
            addLocations(id, in.locations());
            audit.record("inventory", "create", "warehouse", String.valueOf(id), InventoryJson.object("code", code));
            return get(id);
        });
    }

    @Override
    public WarehouseDto update(long id, WarehouseInput input) {
        WarehouseInput in = require(input);
        return tx.required(() -> {
            WarehouseDto w = get(id);
            Validation v = new Validation();
            if (in.companyId() != null && in.companyId() != w.companyId()) {
                v.add("companyId", Text.of("cannot be changed", "不能修改"));
            }
            String code = in.code() == null ? w.code() : code(in.code(), v);
            if (in.name() != null) {
                v.required("name", blankToNull(in.name())).maxLength("name", in.name(), 200);
            }
            v.maxLength("address", in.address(), 400);
            locations(in.locations(), v);
            v.throwIfInvalid();
            try {
                sql.update("UPDATE inv_warehouse SET code = ?, name = ?, address = ?, allow_negative = ?, updated_at = ? WHERE id = ?",
                        code, in.name() == null ? w.name() : in.name().strip(),
                        in.address() == null ? w.address() : blankToNull(in.address()),
                        in.allowNegativeStock() == null ? w.allowNegativeStock() : in.allowNegativeStock(), Instant.now(), id);
            } catch (Sql.DuplicateKeyException e) {
                throw e.asConflict(taken(code));
            }
            addLocations(id, in.locations());
            WarehouseDto after = get(id);
            audit.record("inventory", "update", "warehouse", String.valueOf(id), InventoryJson.write(after));
            return after;
        });
    }

    @Override
    public WarehouseDto get(long id) {
        return WarehouseRows.find(sql, id).orElseThrow(() -> NotFoundException.of(Catalog.WAREHOUSE, id));
    }

    @Override
    public WarehouseDto getByCode(long companyId, String code) {
        String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return WarehouseRows.list(sql, "WHERE company_id = ? AND code = ?", companyId, normalized).stream().findFirst()
                .orElseThrow(() -> NotFoundException.of(Catalog.WAREHOUSE, normalized));
    }

    @Override
    public List<WarehouseDto> list(long companyId, boolean includeInactive) {
        return includeInactive ? WarehouseRows.list(sql, "WHERE company_id = ?", companyId)
                : WarehouseRows.list(sql, "WHERE company_id = ? AND active = ?", companyId, Boolean.TRUE);
    }

    @Override
    public WarehouseDto deactivate(long id) {
        return tx.required(() -> {
            WarehouseDto w = get(id);
            BigDecimal held = sql.one("SELECT COALESCE(SUM(ABS(quantity)), 0) FROM inv_stock_balance WHERE warehouse_id = ?",
                    rs -> rs.getBigDecimal(1), id).orElse(BigDecimal.ZERO);
            if (held.signum() != 0) {
                throw new ConflictException(Text.of("Warehouse {0} still holds stock; move or count it out first",
                        "仓库 {0} 仍有库存，请先调拨或盘点清零", w.code()));
            }
            sql.update("UPDATE inv_warehouse SET active = ?, updated_at = ? WHERE id = ?", Boolean.FALSE, Instant.now(), id);
            audit.record("inventory", "deactivate", "warehouse", String.valueOf(id), InventoryJson.object("code", w.code()));
            return get(id);
        });
    }

    private void addLocations(long warehouseId, List<String> locations) {
        if (locations == null) {
            return;
        }
        for (String location : locations) {
            String code = location.strip().toUpperCase(Locale.ROOT);
            if (sql.one("SELECT id FROM inv_location WHERE warehouse_id = ? AND code = ?", rs -> rs.getLong(1),
                    warehouseId, code).isEmpty()) {
                sql.insert("INSERT INTO inv_location (warehouse_id, code, name) VALUES (?, ?, ?)", warehouseId, code, code);
            }
        }
    }

    private static void locations(List<String> locations, Validation v) {
        if (locations == null) {
            return;
        }
        for (int i = 0; i < locations.size(); i++) {
            String l = locations.get(i);
            if (l == null || !CODE.matcher(l.strip().toUpperCase(Locale.ROOT)).matches()) {
                v.add("locations[" + i + "]", Text.of("use 1 to 32 letters, digits, '_', '.' or '-'",
                        "请使用 1 到 32 位字母、数字、'_'、'.' 或 '-'"));
            }
        }
    }

    private static String code(String raw, Validation v) {
        String code = raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
        if (code == null || code.isEmpty()) {
            v.add("code", Text.of("is required", "必填"));
        } else if (!CODE.matcher(code).matches()) {
            v.add("code", Text.of("use 1 to 32 letters, digits, '_', '.' or '-'", "请使用 1 到 32 位字母、数字、'_'、'.' 或 '-'"));
        }
        return code;
    }

    private static Text taken(String code) {
        return Text.of("Warehouse code {0} is already used", "仓库编码 {0} 已被使用", code);
    }

    private static WarehouseInput require(WarehouseInput input) {
        if (input == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        return input;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
