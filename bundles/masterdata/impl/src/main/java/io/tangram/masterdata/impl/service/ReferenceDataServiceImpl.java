package io.tangram.masterdata.impl.service;

import io.tangram.masterdata.api.CurrencyDto;
import io.tangram.masterdata.api.ReferenceDataService;
import io.tangram.masterdata.api.TaxRateDto;
import io.tangram.masterdata.api.UnitDto;
import io.tangram.masterdata.impl.entity.CurrencyEntity;
import io.tangram.masterdata.impl.entity.TaxRateEntity;
import io.tangram.masterdata.impl.entity.UnitEntity;
import io.tangram.masterdata.impl.rules.Normalize;
import io.tangram.masterdata.impl.rules.ReferenceRules;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.schema.SchemaReady;
import java.util.Map;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ReferenceDataService.class)
public class ReferenceDataServiceImpl implements ReferenceDataService {

    private static final Text UNIT = Text.of("Unit of measure", "计量单位");
    private static final Text CURRENCY = Text.of("Currency", "币种");
    private static final Text TAX_RATE = Text.of("Tax rate", "税率");

    private final JpaTemplate jpa;
    private final AuditLog audit;

    @Activate
    public ReferenceDataServiceImpl(@Reference(target = "(tangram.module=masterdata)") SchemaReady schema,
                                    @Reference(target = "(osgi.unit.name=tangram.masterdata)") JpaTemplate jpa,
                                    @Reference AuditLog audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    @Override
    public Page<UnitDto> units(String q, boolean includeInactive, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, Object> parameters = Store.parameters();
            String from = "FROM UnitEntity x" + Store.where(q, includeInactive, parameters, "code", "nameEn", "nameZh");
            return Store.page(em, UnitEntity.class, from, "x.code", parameters, page, Mapping::unit);
        });
    }

    @Override
    public UnitDto unit(String code) {
        return jpa.txExpr(TransactionType.Supports, em -> Mapping.unit(find(em, UnitEntity.class, code, UNIT)));
    }

    @Override
    public UnitDto createUnit(UnitDto unit) {
        Store.requireBody(unit);
        String code = Normalize.code(unit.code());
        String nameEn = Normalize.text(unit.nameEn());
        String nameZh = Normalize.text(unit.nameZh());
        ReferenceRules.unit(code, nameEn, nameZh, new Validation()).throwIfInvalid();
        return jpa.txExpr(TransactionType.Required, em -> {
            requireNew(em, UnitEntity.class, code, UNIT);
            UnitEntity e = new UnitEntity();
            e.code = code;
            e.nameEn = nameEn;
            e.nameZh = nameZh;
            e.active = true;
            em.persist(e);
            Store.flush(em, exists(UNIT, code));
            audit.record("masterdata", "create", "unit", code, Json.write(Mapping.unit(e)));
            return Mapping.unit(e);
        });
    }

    @Override
    public UnitDto updateUnit(String code, UnitDto unit) {
        Store.requireBody(unit);
        String nameEn = Normalize.text(unit.nameEn());
        String nameZh = Normalize.text(unit.nameZh());
        ReferenceRules.names(nameEn, nameZh, new Validation()).throwIfInvalid();
        return jpa.txExpr(TransactionType.Required, em -> {
            UnitEntity e = find(em, UnitEntity.class, code, UNIT);
            e.nameEn = nameEn;
            e.nameZh = nameZh;
            e.active = unit.active();
            em.flush();
            audit.record("masterdata", "update", "unit", e.code, Json.write(Mapping.unit(e)));
            return Mapping.unit(e);
        });
    }

    @Override
    public UnitDto deactivateUnit(String code) {
        return jpa.txExpr(TransactionType.Required, em -> {
            UnitEntity e = find(em, UnitEntity.class, code, UNIT);
            if (e.active) {
                e.active = false;
                em.flush();
                audit.record("masterdata", "deactivate", "unit", e.code, Json.object("code", e.code));
            }
            return Mapping.unit(e);
        });
    }

    @Override
    public Page<CurrencyDto> currencies(String q, boolean includeInactive, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, Object> parameters = Store.parameters();
            String from = "FROM CurrencyEntity x" + Store.where(q, includeInactive, parameters, "code", "nameEn", "nameZh");
            return Store.page(em, CurrencyEntity.class, from, "x.code", parameters, page, Mapping::currency);
        });
    }

    @Override
    public CurrencyDto currency(String code) {
        return jpa.txExpr(TransactionType.Supports, em -> Mapping.currency(find(em, CurrencyEntity.class, code, CURRENCY)));
    }

    @Override
    public CurrencyDto createCurrency(CurrencyDto currency) {
        Store.requireBody(currency);
        String code = Normalize.code(currency.code());
        String nameEn = Normalize.text(currency.nameEn());
        String nameZh = Normalize.text(currency.nameZh());
        ReferenceRules.currency(code, nameEn, nameZh, currency.scale(), new Validation()).throwIfInvalid();
        return jpa.txExpr(TransactionType.Required, em -> {
            requireNew(em, CurrencyEntity.class, code, CURRENCY);
            CurrencyEntity e = new CurrencyEntity();
            e.code = code;
            e.nameEn = nameEn;
            e.nameZh = nameZh;
            e.scale = currency.scale();
            e.active = true;
            em.persist(e);
            Store.flush(em, exists(CURRENCY, code));
            audit.record("masterdata", "create", "currency", code, Json.write(Mapping.currency(e)));
            return Mapping.currency(e);
        });
    }

    @Override
    public CurrencyDto updateCurrency(String code, CurrencyDto currency) {
        Store.requireBody(currency);
        String nameEn = Normalize.text(currency.nameEn());
        String nameZh = Normalize.text(currency.nameZh());
        return jpa.txExpr(TransactionType.Required, em -> {
            CurrencyEntity e = find(em, CurrencyEntity.class, code, CURRENCY);
            Validation v = ReferenceRules.names(nameEn, nameZh, new Validation());
            v.check(currency.scale() == e.scale, "scale", Text.of("cannot be changed", "不能修改"));
            v.check(currency.active() || !ReferenceDataService.DEFAULT_CURRENCY.equals(e.code.strip()), "active",
                    Text.of("CNY cannot be deactivated", "人民币不能停用"));
            v.throwIfInvalid();
            e.nameEn = nameEn;
            e.nameZh = nameZh;
            e.active = currency.active();
            em.flush();
            audit.record("masterdata", "update", "currency", e.code.strip(), Json.write(Mapping.currency(e)));
            return Mapping.currency(e);
        });
    }

    @Override
    public CurrencyDto deactivateCurrency(String code) {
        return jpa.txExpr(TransactionType.Required, em -> {
            CurrencyEntity e = find(em, CurrencyEntity.class, code, CURRENCY);
            if (DEFAULT_CURRENCY.equals(e.code.strip())) {
                throw new ConflictException(Text.of("CNY is the suite's default currency and cannot be deactivated",
                        "人民币是系统默认币种，不能停用"));
            }
            if (e.active) {
                e.active = false;
                em.flush();
                audit.record("masterdata", "deactivate", "currency", e.code.strip(), Json.object("code", e.code.strip()));
            }
            return Mapping.currency(e);
        });
    }

    @Override
    public Page<TaxRateDto> taxRates(String q, boolean includeInactive, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, Object> parameters = Store.parameters();
            String from = "FROM TaxRateEntity x" + Store.where(q, includeInactive, parameters, "code", "nameEn", "nameZh");
            return Store.page(em, TaxRateEntity.class, from, "x.rate DESC, x.code", parameters, page, Mapping::taxRate);
        });
    }

    @Override
    public TaxRateDto taxRate(String code) {
        return jpa.txExpr(TransactionType.Supports, em -> Mapping.taxRate(find(em, TaxRateEntity.class, code, TAX_RATE)));
    }

    @Override
    public TaxRateDto createTaxRate(TaxRateDto taxRate) {
        Store.requireBody(taxRate);
        String code = Normalize.code(taxRate.code());
        String nameEn = Normalize.text(taxRate.nameEn());
        String nameZh = Normalize.text(taxRate.nameZh());
        ReferenceRules.taxRate(code, taxRate.rate(), nameEn, nameZh, new Validation()).throwIfInvalid();
        return jpa.txExpr(TransactionType.Required, em -> {
            requireNew(em, TaxRateEntity.class, code, TAX_RATE);
            TaxRateEntity e = new TaxRateEntity();
            e.code = code;
            e.rate = taxRate.rate();
            e.nameEn = nameEn;
            e.nameZh = nameZh;
            e.active = true;
            em.persist(e);
            Store.flush(em, exists(TAX_RATE, code));
            audit.record("masterdata", "create", "tax-rate", code, Json.write(Mapping.taxRate(e)));
            return Mapping.taxRate(e);
        });
    }

    @Override
    public TaxRateDto updateTaxRate(String code, TaxRateDto taxRate) {
        Store.requireBody(taxRate);
        String nameEn = Normalize.text(taxRate.nameEn());
        String nameZh = Normalize.text(taxRate.nameZh());
        return jpa.txExpr(TransactionType.Required, em -> {
            TaxRateEntity e = find(em, TaxRateEntity.class, code, TAX_RATE);
            Validation v = ReferenceRules.names(nameEn, nameZh, new Validation());
            v.check(taxRate.rate() == null || taxRate.rate().compareTo(e.rate) == 0, "rate",
                    Text.of("cannot be changed; create a new tax rate code for a new rate",
                            "税率不能修改；新税率请新建一个税率编码"));
            v.throwIfInvalid();
            e.nameEn = nameEn;
            e.nameZh = nameZh;
            e.active = taxRate.active();
            em.flush();
            audit.record("masterdata", "update", "tax-rate", e.code, Json.write(Mapping.taxRate(e)));
            return Mapping.taxRate(e);
        });
    }

    @Override
    public TaxRateDto deactivateTaxRate(String code) {
        return jpa.txExpr(TransactionType.Required, em -> {
            TaxRateEntity e = find(em, TaxRateEntity.class, code, TAX_RATE);
            if (e.active) {
                e.active = false;
                em.flush();
                audit.record("masterdata", "deactivate", "tax-rate", e.code, Json.object("code", e.code));
            }
            return Mapping.taxRate(e);
        });
    }

    private static <E> E find(EntityManager em, Class<E> type, String code, Text what) {
        String key = Normalize.code(code);
        E e = key == null ? null : em.find(type, key);
        if (e == null) {
            throw NotFoundException.of(what, code);
        }
        return e;
    }

    private static void requireNew(EntityManager em, Class<?> type, String code, Text what) {
        if (em.find(type, code) != null) {
            throw new ConflictException(exists(what, code));
        }
    }

    private static Text exists(Text what, String code) {
        return Text.of(what.en() + " {0} already exists", what.zh() + " {0} 已存在", code);
    }
}
