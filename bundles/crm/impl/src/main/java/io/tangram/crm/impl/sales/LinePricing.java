package io.tangram.crm.impl.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.tangram.crm.api.CustomerDto;
import io.tangram.crm.api.sales.PriceQuote;
import io.tangram.crm.api.sales.SalesLineInput;
import io.tangram.crm.impl.customer.CustomerService;
import io.tangram.masterdata.api.ProductDto;
import io.tangram.masterdata.api.ProductService;
import io.tangram.masterdata.api.ProductType;
import io.tangram.masterdata.api.ReferenceDataService;
import io.tangram.masterdata.api.TaxRateDto;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;

/**
 * Turns entered quote and order lines into priced lines: the product must be an active product of
 * the company; a missing price comes from the price lists, a missing VAT rate from the product. Every
 * bad field is added to the caller's {@link Validation} as {@code lines[i].field}.
 */
final class LinePricing {
    static final int MAX_LINES = 200;
    private static final Set<BigDecimal> VAT_RATES = Set.of(new BigDecimal("0"), new BigDecimal("0.01"),
            new BigDecimal("0.03"), new BigDecimal("0.05"), new BigDecimal("0.06"), new BigDecimal("0.09"),
            new BigDecimal("0.13"));

    /** A line ready to store. */
    record Priced(long productId, String productCode, String category, boolean stocked, String description,
                  BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent, BigDecimal taxRate,
                  String priceSource, SalesLines.Amounts amounts) {
    }

    /** A quote's or order's visible customer, priced lines and totals. */
    record Document(CustomerDto customer, List<Priced> lines, SalesLines.Totals totals) {
    }

    private final CustomerService customers;
    private final ProductService products;
    private final ReferenceDataService referenceData;
    private final PriceListService priceLists;

    LinePricing(CustomerService customers, ProductService products, ReferenceDataService referenceData,
                PriceListService priceLists) {
        this.customers = customers;
        this.products = products;
        this.referenceData = referenceData;
        this.priceLists = priceLists;
    }

    /**
     * Checks that the customer is one of the company's the caller may see and prices the lines for
     * it on {@code date}; the customer is {@code null} (and {@code v} says why) when it is not.
     */
    Document document(long companyId, Long customerId, LocalDate date, List<SalesLineInput> lines, Validation v) {
        v.required("customerId", customerId);
        Optional<CustomerDto> customer = customerId == null ? Optional.empty() : customers.find(customerId)
                .filter(c -> c.companyId() == companyId);
        v.check(customerId == null || customer.isPresent(), "customerId",
                Text.of("is not a customer you can see", "不是您可查看的客户"));
        List<Priced> priced = customer.isPresent() ? price(companyId, customer.get().partyId(), date, lines, v) : List.of();
        return new Document(customer.orElse(null), priced,
                SalesLines.totals(priced.stream().map(Priced::amounts).toList()));
    }

    private List<Priced> price(long companyId, long customerId, LocalDate on, List<SalesLineInput> lines, Validation v) {
        List<Priced> out = new ArrayList<>();
        if (lines == null || lines.isEmpty()) {
            v.add("lines", Text.of("at least one line is required", "至少需要一行"));
            return out;
        }
        if (lines.size() > MAX_LINES) {
            v.add("lines", Text.of("at most {0}", "最多 {0} 行", MAX_LINES));
            return out;
        }
        for (int i = 0; i < lines.size(); i++) {
            SalesLineInput l = lines.get(i);
            String f = "lines[" + i + "]";
            if (l == null) {
                v.add(f, Text.of("is required", "必填"));
                continue;
            }
            Optional<ProductDto> product = l.productId() == null ? Optional.empty() : product(l.productId());
            if (product.isEmpty() || product.get().companyId() != companyId || !product.get().active()) {
                v.add(f + ".productId", l.productId() == null ? Text.of("is required", "必填")
                        : Text.of("is not an active product of this company", "不是本公司的有效产品"));
                continue;
            }
            ProductDto p = product.get();
            boolean quantityOk = l.quantity() != null && l.quantity().signum() > 0 && l.quantity().scale() <= 4;
            v.check(quantityOk, f + ".quantity", Text.of("must be more than 0 with at most 4 decimals",
                    "必须大于 0，最多 4 位小数"));
            BigDecimal discount = l.discountPercent() == null ? BigDecimal.ZERO : l.discountPercent();
            v.check(discount.signum() >= 0 && discount.compareTo(SalesLines.HUNDRED) <= 0 && discount.scale() <= 4,
                    f + ".discountPercent", Text.of("must be 0 to 100", "必须在 0 到 100 之间"));
            BigDecimal unitPrice = l.unitPrice();
            String source = "ENTERED";
            if (unitPrice == null) {
                Optional<PriceQuote> quote = priceLists.priceFor(companyId, customerId, p.id(),
                        quantityOk ? l.quantity() : BigDecimal.ONE, on);
                if (quote.isEmpty()) {
                    v.add(f + ".unitPrice", Text.of("is required: {0} has no price in the price lists",
                            "必填：价格表中没有 {0} 的价格", p.code()));
                    continue;
                }
                unitPrice = quote.get().unitPrice();
                source = quote.get().source();
            }
            v.check(unitPrice.signum() >= 0 && unitPrice.scale() <= 6, f + ".unitPrice",
                    Text.of("must be 0 or more with at most 6 decimals", "不能为负数，最多 6 位小数"));
            BigDecimal rate = l.taxRate() != null ? l.taxRate() : productRate(p);
            v.check(rate != null && VAT_RATES.stream().anyMatch(r -> r.compareTo(rate) == 0), f + ".taxRate",
                    Text.of("must be a VAT rate: 0, 0.01, 0.03, 0.05, 0.06, 0.09 or 0.13",
                            "必须是增值税税率：0、0.01、0.03、0.05、0.06、0.09 或 0.13"));
            String description = l.description() == null || l.description().isBlank() ? p.name() : l.description().strip();
            v.maxLength(f + ".description", description, 200);
            if (quantityOk && rate != null && !v.hasErrors()) {
                out.add(new Priced(p.id(), p.code(), p.category(), p.type() != ProductType.SERVICE, description,
                        l.quantity(), unitPrice, discount, rate, source,
                        SalesLines.line(l.quantity(), unitPrice, discount, rate)));
            }
        }
        return out;
    }

    private BigDecimal productRate(ProductDto p) {
        if (p.taxRateCode() == null) {
            return null;
        }
        try {
            TaxRateDto rate = referenceData.taxRate(p.taxRateCode());
            return rate.rate();
        } catch (NotFoundException e) {
            return null;
        }
    }

    private Optional<ProductDto> product(long id) {
        try {
            return Optional.of(products.get(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
