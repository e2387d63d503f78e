package io.tangram.masterdata.impl.service;

import io.tangram.masterdata.api.ImportMode;
import io.tangram.masterdata.api.ImportReport;
import io.tangram.masterdata.api.MasterDataTopics;
import io.tangram.masterdata.api.ProductDto;
import io.tangram.masterdata.api.ProductInput;
import io.tangram.masterdata.api.ProductService;
import io.tangram.masterdata.impl.entity.ProductEntity;
import io.tangram.masterdata.impl.rules.Changes;
import io.tangram.masterdata.impl.rules.CsvImport;
import io.tangram.masterdata.impl.rules.CsvTable;
import io.tangram.masterdata.impl.rules.Normalize;
import io.tangram.masterdata.impl.rules.ProductCsv;
import io.tangram.masterdata.impl.rules.ProductRules;
import io.tangram.masterdata.impl.rules.ReferenceCodes;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.event.EventPublisher;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.schema.SchemaReady;
import java.io.Reader;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ProductService.class)
public class ProductServiceImpl implements ProductService {

    static final Text PRODUCT = Text.of("Product", "产品");

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final EventPublisher events;

    @Activate
    public ProductServiceImpl(@Reference(target = "(tangram.module=masterdata)") SchemaReady schema,
                              @Reference(target = "(osgi.unit.name=tangram.masterdata)") JpaTemplate jpa,
                              @Reference AuditLog audit, @Reference EventPublisher events) {
        this.jpa = jpa;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public ProductDto create(ProductInput input) {
        Store.requireBody(input);
        return jpa.txExpr(TransactionType.Required, em -> {
            long companyId = Store.companyIdOf(input.companyId());
            Validation v = new Validation();
            String currency = Store.currencyOfCompany(em, companyId, v);
            ProductInput in = ProductRules.normalize(input, companyId, currency);
            ProductRules.check(in, new StoredReferenceCodes(em), v).throwIfInvalid();
            requireCodeFree(em, companyId, in.code(), null);
            return insert(em, in);
        });
    }

    @Override
    public ProductDto update(long id, ProductInput input) {
        Store.requireBody(input);
        return jpa.txExpr(TransactionType.Required, em -> {
            ProductEntity e = find(em, id);
            Validation v = new Validation();
            if (input.companyId() != null && input.companyId() != e.companyId) {
                v.add("companyId", Text.of("cannot be changed; create the product in the other company",
                        "不能修改；请在另一家公司中新建该产品"));
            }
            String currency = Store.currencyOfCompany(em, e.companyId, v);
            ProductInput in = ProductRules.normalize(input, e.companyId, currency);
            ProductRules.check(in, new StoredReferenceCodes(em), v).throwIfInvalid();
            requireCodeFree(em, e.companyId, in.code(), e.id);
            ProductDto before = Mapping.product(e);
            apply(e, in);
            ProductDto after = Mapping.product(e);
            List<String> changed = Changes.between(before, after);
            if (changed.isEmpty()) {
                return before;
            }
            e.updatedAt = Store.now();
            Store.flush(em, taken(in.code()));
            audit.record("masterdata", "update", "product", String.valueOf(e.id),
                    Json.object("code", e.code, "changed", changed));
            events.publish(MasterDataTopics.PRODUCT_UPDATED, e.companyId, e.code, Json.withChanges(after, changed));
            return after;
        });
    }

    @Override
    public ProductDto get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> Mapping.product(find(em, id)));
    }

    @Override
    public Optional<ProductDto> findByCode(long companyId, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return jpa.txExpr(TransactionType.Supports, em -> byCode(em, companyId, Normalize.code(code)).map(Mapping::product));
    }

    @Override
    public Page<ProductDto> search(long companyId, String q, boolean includeInactive, PageRequest page) {
        Objects.requireNonNull(page, "page");
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, Object> parameters = Store.parameters();
            String from = "FROM ProductEntity x"
                    + Store.where(q, includeInactive, parameters, "code", "name", "category", "barcode")
                    + " AND x.companyId = :companyId";
            parameters.put("companyId", companyId);
            return Store.page(em, ProductEntity.class, from, "x.code", parameters, page, Mapping::product);
        });
    }

    @Override
    public ProductDto deactivate(long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ProductEntity e = find(em, id);
            if (!e.active) {
                return Mapping.product(e);
            }
            e.active = false;
            e.updatedAt = Store.now();
            em.flush();
            audit.record("masterdata", "deactivate", "product", String.valueOf(e.id), Json.object("code", e.code));
            events.publish(MasterDataTopics.PRODUCT_DEACTIVATED, e.companyId, e.code,
                    Json.object("id", e.id, "companyId", e.companyId, "code", e.code));
            return Mapping.product(e);
        });
    }

    @Override
    public ImportReport importCsv(long companyId, Reader csv, ImportMode mode) {
        Objects.requireNonNull(csv, "csv");
        ImportMode importMode = mode == null ? ImportMode.ALL_OR_NOTHING : mode;
        CsvTable table = CsvTable.read(csv, ProductCsv.COLUMNS, ProductCsv.REQUIRED);
        return jpa.txExpr(TransactionType.Required, em -> {
            Validation v = new Validation();
            String currency = Store.currencyOfCompany(em, companyId, v);
            v.throwIfInvalid();
            ReferenceCodes refs = new StoredReferenceCodes(em);
            Set<String> taken = new HashSet<>(em.createQuery(
                    "SELECT p.code FROM ProductEntity p WHERE p.companyId = :companyId", String.class)
                    .setParameter("companyId", companyId).getResultList());
            return CsvImport.run(table, importMode,
                    row -> ProductCsv.check(row, companyId, currency, refs), taken::contains, in -> insert(em, in));
        });
    }

    private ProductDto insert(EntityManager em, ProductInput in) {
        ProductEntity e = new ProductEntity();
        e.companyId = in.companyId();
        e.active = true;
        e.createdAt = Store.now();
        e.updatedAt = e.createdAt;
        apply(e, in);
        em.persist(e);
        Store.flush(em, taken(in.code()));
        ProductDto dto = Mapping.product(e);
        audit.record("masterdata", "create", "product", String.valueOf(e.id), Json.write(dto));
        events.publish(MasterDataTopics.PRODUCT_CREATED, e.companyId, e.code, Json.write(dto));
        return dto;
    }

    private static void apply(ProductEntity e, ProductInput in) {
        e.code = in.code();
        e.name = in.name();
        e.unitCode = in.unitCode();
        e.category = in.category();
        e.barcode = in.barcode();
        e.salesPrice = in.salesPrice();
        e.salesCurrency = in.salesCurrency();
        e.purchasePrice = in.purchasePrice();
        e.purchaseCurrency = in.purchaseCurrency();
        e.taxRateCode = in.taxRateCode();
        e.type = in.type().name();
    }

    private static ProductEntity find(EntityManager em, long id) {
        ProductEntity e = em.find(ProductEntity.class, id);
        if (e == null) {
            throw NotFoundException.of(PRODUCT, id);
        }
        return e;
    }

    private static Optional<ProductEntity> byCode(EntityManager em, long companyId, String code) {
        return em.createQuery("SELECT p FROM ProductEntity p WHERE p.companyId = :companyId AND p.code = :code",
                        ProductEntity.class)
                .setParameter("companyId", companyId).setParameter("code", code)
                .getResultList().stream().findFirst();
    }

    private static void requireCodeFree(EntityManager em, long companyId, String code, Long self) {
        Optional<ProductEntity> other = byCode(em, companyId, code);
        if (other.isPresent() && !other.get().id.equals(self)) {
            throw new ConflictException(taken(code));
        }
    }

    private static Text taken(String code) {
        return Text.of("A product with code {0} already exists; choose another code",
                "编码为 {0} 的产品已存在，请使用其他编码", code);
    }
}
