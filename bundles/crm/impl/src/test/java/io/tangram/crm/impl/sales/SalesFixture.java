package io.tangram.crm.impl.sales;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.tangram.crm.impl.CrmDatabase;
import io.tangram.crm.impl.CrmPermissions;
import io.tangram.masterdata.api.ProductDto;
import io.tangram.masterdata.api.ProductService;
import io.tangram.masterdata.api.ProductType;
import io.tangram.masterdata.api.ReferenceDataService;
import io.tangram.masterdata.api.TaxRateDto;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.money.Money;
import io.tangram.platform.api.numbering.DocumentNumbers;

/**
 * The selling services on {@link CrmDatabase} with products kept in memory (VAT13 and VAT6 known),
 * numbers counted per type, and neither inventory nor finance installed.
 */
final class SalesFixture {
    final CrmDatabase db = new CrmDatabase();
    final Map<Long, ProductDto> products = new ConcurrentHashMap<>();
    final PriceListService priceLists;
    final SalesOrderService orders;
    final QuoteService quotes;
    private final AtomicInteger numbers = new AtomicInteger();

    SalesFixture() {
        ProductService productService = proxy(ProductService.class, (m, a) -> switch (m) {
            case "get" -> Optional.ofNullable(products.get((Long) a[0])).orElseThrow(() -> new NotFoundException(
                    Text.of("There is no product {0}", "不存在产品 {0}", a[0])));
            case "findByCode" -> products.values().stream().filter(p -> p.code().equals(a[1])).findFirst();
            default -> throw new UnsupportedOperationException(m);
        });
        ReferenceDataService referenceData = proxy(ReferenceDataService.class, (m, a) -> switch ((String) a[0]) {
            case "VAT13" -> new TaxRateDto("VAT13", new BigDecimal("0.13"), "VAT 13%", "增值税 13%", true);
            case "VAT6" -> new TaxRateDto("VAT6", new BigDecimal("0.06"), "VAT 6%", "增值税 6%", true);
            default -> throw new NotFoundException(Text.of("no rate {0}", "无税率 {0}", a[0]));
        });
        DocumentNumbers documentNumbers = (companyId, type, year) -> String.format("%s-%d-%06d", type, year,
                numbers.incrementAndGet());
        priceLists = new PriceListService(null, db.dataSource, db.tx, db.audit, productService, db.companies);
        orders = new SalesOrderService(null, db.dataSource, db.tx, db.audit, db.events, db.customers, db.companies,
                documentNumbers, productService, referenceData, priceLists);
        quotes = new QuoteService(null, db.dataSource, db.tx, db.audit, db.events, db.customers, db.companies,
                documentNumbers, db.settings, orders, productService, referenceData, priceLists);
    }

    ProductDto product(long id, String code, String price, String rateCode, ProductType type) {
        ProductDto p = new ProductDto(id, CrmDatabase.COMPANY, code, code + " name", "PCS", "Tea", null,
                price == null ? null : Money.of(price, "CNY"), null, rateCode, type, true);
        products.put(id, p);
        return p;
    }

    static String permissionsOfARep() {
        return String.join(",", CrmPermissions.CUSTOMER_READ, CrmPermissions.ORDER_READ, CrmPermissions.ORDER_WRITE);
    }

    @FunctionalInterface
    private interface Answer {
        Object answer(String method, Object[] args) throws Exception;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(SalesFixture.class.getClassLoader(), new Class<?>[] {type},
                (p, m, a) -> m.getDeclaringClass() == Object.class ? m.invoke(answer, a) : answer.answer(m.getName(), a));
    }
}
