package io.tangram.masterdata.impl.service;

import io.tangram.masterdata.api.AddressDto;
import io.tangram.masterdata.api.AddressType;
import io.tangram.masterdata.api.CompanyDto;
import io.tangram.masterdata.api.ContactDto;
import io.tangram.masterdata.api.CurrencyDto;
import io.tangram.masterdata.api.PartyDto;
import io.tangram.masterdata.api.ProductDto;
import io.tangram.masterdata.api.ProductType;
import io.tangram.masterdata.api.TaxRateDto;
import io.tangram.masterdata.api.UnitDto;
import io.tangram.masterdata.impl.entity.CompanyEntity;
import io.tangram.masterdata.impl.entity.CurrencyEntity;
import io.tangram.masterdata.impl.entity.PartyEntity;
import io.tangram.masterdata.impl.entity.ProductEntity;
import io.tangram.masterdata.impl.entity.TaxRateEntity;
import io.tangram.masterdata.impl.entity.UnitEntity;
import io.tangram.platform.api.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/** Entities to api records. */
final class Mapping {

    private Mapping() {
    }

    static CompanyDto company(CompanyEntity e) {
        return new CompanyDto(e.id, e.code, e.name, e.nameZh, e.taxId, e.currency.strip(), e.active);
    }

    static PartyDto party(PartyEntity e) {
        return new PartyDto(e.id, e.companyId, e.code, e.name, e.customer, e.supplier, e.taxId, e.paymentTermsDays,
                e.currency == null ? null : e.currency.strip(), addresses(e), contacts(e), e.active);
    }

    static List<AddressDto> addresses(PartyEntity e) {
        return e.addresses.stream().map(a -> new AddressDto(AddressType.valueOf(a.type), a.street, a.city, a.province,
                a.postalCode, a.country == null ? null : a.country.strip())).toList();
    }

    static List<ContactDto> contacts(PartyEntity e) {
        return e.contacts.stream().map(c -> new ContactDto(c.name, c.phone, c.email)).toList();
    }

    static ProductDto product(ProductEntity e) {
        return new ProductDto(e.id, e.companyId, e.code, e.name, e.unitCode, e.category, e.barcode,
                money(e.salesPrice, e.salesCurrency), money(e.purchasePrice, e.purchaseCurrency), e.taxRateCode,
                ProductType.valueOf(e.type), e.active);
    }

    static UnitDto unit(UnitEntity e) {
        return new UnitDto(e.code, e.nameEn, e.nameZh, e.active);
    }

    static CurrencyDto currency(CurrencyEntity e) {
        return new CurrencyDto(e.code.strip(), e.nameEn, e.nameZh, e.scale, e.active);
    }

    static TaxRateDto taxRate(TaxRateEntity e) {
        return new TaxRateDto(e.code, e.rate, e.nameEn, e.nameZh, e.active);
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null || currency == null ? null : Money.of(amount, Currency.getInstance(currency.strip()));
    }
}
