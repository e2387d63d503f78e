package io.tangram.crm.impl.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.crm.api.sales.PriceListDto;
import io.tangram.crm.api.sales.PriceListInput;
import io.tangram.crm.api.sales.PriceListLineDto;
import io.tangram.crm.api.sales.PriceListLineInput;
import io.tangram.crm.api.sales.PriceLists;
import io.tangram.crm.api.sales.PriceQuote;
import io.tangram.crm.impl.CrmPermissions;
import io.tangram.crm.impl.Params;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.ProductDto;
import io.tangram.masterdata.api.ProductService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Price lists in {@code crm_price_list} / {@code crm_price_list_line}, in the company currency.
 * Saving a list under an existing code replaces its header and lines.
 */
@Component(service = {PriceLists.class, PriceListService.class})
public class PriceListService implements PriceLists {
    static final String LIST_PRICE = "LIST_PRICE";
    private static final int MAX_LINES = 2000;

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final ProductService products;
    private final CompanyService companies;

    @Activate
    public PriceListService(@Reference(target = "(tangram.module=crm)") SchemaReady schema,
                            @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                            @Reference Transactions tx, @Reference AuditLog audit, @Reference ProductService products,
                            @Reference CompanyService companies) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.products = products;
        this.companies = companies;
    }

    @Override
    public PriceListDto save(PriceListInput input) {
        CallContext.require(CrmPermissions.PRICE_LIST_WRITE);
        PriceListInput in = Params.require(input);
        long companyId = Params.company(in.companyId());
        List<PriceListLineInput> lines = in.lines() == null ? List.of() : in.lines();
        Validation v = new Validation();
        v.required("code", blank(in.code())).maxLength("code", in.code(), 32);
        v.required("name", blank(in.name())).maxLength("name", in.name(), 100);
        v.maxLength("customerGroup", in.customerGroup(), 32);
        v.check(in.validFrom() == null || in.validTo() == null || !in.validTo().isBefore(in.validFrom()), "validTo",
                Text.of("must not be before validFrom", "不能早于开始日期"));
        v.check(lines.size() <= MAX_LINES, "lines", Text.of("at most {0}", "最多 {0} 行", MAX_LINES));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            PriceListLineInput l = lines.get(i);
            String f = "lines[" + i + "]";
            if (l == null || l.productId() == null) {
                v.add(f + ".productId", Text.of("is required", "必填"));
                continue;
            }
            Optional<ProductDto> product = product(l.productId());
            v.check(product.isPresent() && product.get().companyId() == companyId, f + ".productId",
                    Text.of("is not a product of this company", "不是本公司的产品"));
            v.required(f + ".unitPrice", l.unitPrice()).notNegative(f + ".unitPrice", l.unitPrice());
            v.check(l.unitPrice() == null || l.unitPrice().scale() <= 6, f + ".unitPrice",
                    Text.of("at most 6 decimals", "最多 6 位小数"));
            BigDecimal min = l.minQuantity() == null ? BigDecimal.ONE : l.minQuantity();
            v.check(min.signum() > 0 && min.scale() <= 4, f + ".minQuantity",
                    Text.of("must be more than 0 with at most 4 decimals", "必须大于 0，最多 4 位小数"));
            v.check(seen.add(l.productId() + "@" + min.stripTrailingZeros().toPlainString()), f,
                    Text.of("the same product and minimum quantity twice", "同一产品和起订量重复"));
        }
        v.throwIfInvalid();
        String code = in.code().strip();
        return tx.required(() -> {
            Optional<Long> existing = sql.one("SELECT id FROM crm_price_list WHERE company_id = ? AND code = ?",
                    rs -> rs.getLong(1), companyId, code);
            long id;
            if (existing.isPresent()) {
                id = existing.get();
                sql.update("UPDATE crm_price_list SET name = ?, customer_group = ?, valid_from = ?, valid_to = ? WHERE id = ?",
                        in.name().strip(), nullable(in.customerGroup()), Sql.orNull(in.validFrom()),
                        Sql.orNull(in.validTo()), id);
                sql.update("DELETE FROM crm_price_list_line WHERE price_list_id = ?", id);
            } else {
                id = sql.insert("INSERT INTO crm_price_list (company_id, code, name, customer_group, currency, valid_from,"
                        + " valid_to) VALUES (?, ?, ?, ?, ?, ?, ?)", companyId, code, in.name().strip(),
                        nullable(in.customerGroup()), companies.get(companyId).currency(), Sql.orNull(in.validFrom()),
                        Sql.orNull(in.validTo()));
            }
            for (PriceListLineInput l : lines) {
                sql.update("INSERT INTO crm_price_list_line (price_list_id, product_id, min_quantity, unit_price)"
                        + " VALUES (?, ?, ?, ?)", id, l.productId(), (l.minQuantity() == null ? BigDecimal.ONE
                                : l.minQuantity()).setScale(4, RoundingMode.UNNECESSARY),
                        l.unitPrice().setScale(6, RoundingMode.UNNECESSARY));
            }
            PriceListDto saved = get(id);
            audit.record("crm", existing.isPresent() ? "update" : "create", "price-list", String.valueOf(id),
                    JsonText.write(saved));
            return saved;
        });
    }

    @Override
    public List<PriceListDto> list(long companyId) {
        return sql.list("SELECT id FROM crm_price_list WHERE company_id = ? ORDER BY code", rs -> rs.getLong(1), companyId)
                .stream().map(this::get).toList();
    }

    @Override
    public Optional<PriceQuote> priceFor(long companyId, long customerId, long productId, BigDecimal quantity,
                                         LocalDate on) {
        String group = sql.one("SELECT customer_group FROM crm_customer WHERE party_id = ?", rs -> rs.getString(1),
                customerId).orElse(null);
        BigDecimal qty = quantity == null ? BigDecimal.ONE : quantity;
        record Candidate(String code, String group, BigDecimal minQuantity, BigDecimal unitPrice, String currency) {
        }
        List<Candidate> candidates = sql.list("SELECT l.code, l.customer_group, p.min_quantity, p.unit_price, l.currency"
                + " FROM crm_price_list l JOIN crm_price_list_line p ON p.price_list_id = l.id WHERE l.company_id = ?"
                + " AND p.product_id = ? AND p.min_quantity <= ? AND (l.valid_from IS NULL OR l.valid_from <= ?)"
                + " AND (l.valid_to IS NULL OR l.valid_to >= ?)", rs -> new Candidate(rs.getString(1), rs.getString(2),
                        rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getString(5)), companyId, productId, qty, on, on);
        Comparator<Candidate> best = Comparator.comparing(Candidate::minQuantity).reversed()
                .thenComparing(Candidate::code);
        Optional<Candidate> chosen = candidates.stream().filter(c -> group != null && group.equals(c.group()))
                .min(best);
        if (chosen.isEmpty()) {
            chosen = candidates.stream().filter(c -> c.group() == null).min(best);
        }
        if (chosen.isPresent()) {
            Candidate c = chosen.get();
            return Optional.of(new PriceQuote(productId, c.unitPrice(), c.currency(), c.code()));
        }
        return product(productId).filter(p -> p.salesPrice() != null).map(p -> new PriceQuote(productId,
                p.salesPrice().amount(), p.salesPrice().currency().getCurrencyCode(), LIST_PRICE));
    }

    private PriceListDto get(long id) {
        List<PriceListLineDto> lines = new ArrayList<>();
        for (PriceListLineDto l : sql.list("SELECT product_id, min_quantity, unit_price FROM crm_price_list_line"
                + " WHERE price_list_id = ? ORDER BY product_id, min_quantity", rs -> new PriceListLineDto(rs.getLong(1),
                        null, rs.getBigDecimal(3), rs.getBigDecimal(2)), id)) {
            lines.add(new PriceListLineDto(l.productId(), product(l.productId()).map(ProductDto::code).orElse(null),
                    l.unitPrice(), l.minQuantity()));
        }
        return sql.one("SELECT id, company_id, code, name, customer_group, currency, valid_from, valid_to FROM"
                + " crm_price_list WHERE id = ?", rs -> new PriceListDto(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), Sql.date(rs, "valid_from"),
                        Sql.date(rs, "valid_to"), lines), id)
                .orElseThrow(() -> new NotFoundException(Text.of("There is no price list {0}", "不存在价格表 {0}", id)));
    }

    private Optional<ProductDto> product(long id) {
        try {
            return Optional.of(products.get(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static Object nullable(String s) {
        return s == null || s.isBlank() ? Sql.Null.VARCHAR : s.strip();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
