package io.tangram.masterdata.impl.service;

import io.tangram.masterdata.api.CompanyDto;
import io.tangram.masterdata.api.CompanyInput;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.MasterDataTopics;
import io.tangram.masterdata.impl.entity.CompanyEntity;
import io.tangram.masterdata.impl.rules.Changes;
import io.tangram.masterdata.impl.rules.CompanyRules;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.event.EventPublisher;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.schema.SchemaReady;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = CompanyService.class)
public class CompanyServiceImpl implements CompanyService {

    static final Text COMPANY = Text.of("Company", "公司");

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final EventPublisher events;

    @Activate
    public CompanyServiceImpl(@Reference(target = "(tangram.module=masterdata)") SchemaReady schema,
                              @Reference(target = "(osgi.unit.name=tangram.masterdata)") JpaTemplate jpa,
                              @Reference AuditLog audit, @Reference EventPublisher events) {
        this.jpa = jpa;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public CompanyDto create(CompanyInput input) {
        CompanyInput in = CompanyRules.normalize(Store.requireBody(input));
        return jpa.txExpr(TransactionType.Required, em -> {
            CompanyRules.check(in, new StoredReferenceCodes(em), new Validation()).throwIfInvalid();
            requireCodeFree(em, in.code(), null);
            CompanyEntity e = new CompanyEntity();
            apply(e, in);
            e.active = true;
            e.createdAt = Store.now();
            e.updatedAt = e.createdAt;
            em.persist(e);
            Store.flush(em, taken(in.code()));
            CompanyDto dto = Mapping.company(e);
            audit.record("masterdata", "create", "company", String.valueOf(e.id), Json.write(dto));
            events.publish(MasterDataTopics.COMPANY_CREATED, e.id, e.code, Json.write(dto));
            return dto;
        });
    }

    @Override
    public CompanyDto update(long id, CompanyInput input) {
        CompanyInput in = CompanyRules.normalize(Store.requireBody(input));
        return jpa.txExpr(TransactionType.Required, em -> {
            CompanyEntity e = find(em, id);
            Validation v = CompanyRules.check(in, new StoredReferenceCodes(em), new Validation());
            v.check(in.currency().equals(e.currency.strip()) || !hasRecords(em, id), "currency",
                    Text.of("cannot change once the company has parties or products", "公司已有往来单位或产品，不能修改记账币种"));
            v.throwIfInvalid();
            requireCodeFree(em, in.code(), e.id);
            CompanyDto before = Mapping.company(e);
            apply(e, in);
            CompanyDto after = Mapping.company(e);
            List<String> changed = Changes.between(before, after);
            if (!changed.isEmpty()) {
                e.updatedAt = Store.now();
                Store.flush(em, taken(in.code()));
                audit.record("masterdata", "update", "company", String.valueOf(e.id),
                        Json.object("code", e.code, "changed", changed));
            }
            return after;
        });
    }

    @Override
    public CompanyDto get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> Mapping.company(find(em, id)));
    }

    @Override
    public Page<CompanyDto> search(String q, boolean includeInactive, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, Object> parameters = Store.parameters();
            String from = "FROM CompanyEntity x" + Store.where(q, includeInactive, parameters, "code", "name", "nameZh");
            return Store.page(em, CompanyEntity.class, from, "x.code", parameters, page, Mapping::company);
        });
    }

    @Override
    public CompanyDto deactivate(long id) {
        if (id == DEFAULT_COMPANY_ID) {
            throw new ConflictException(Text.of("The default company cannot be deactivated", "默认公司不能停用"));
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            CompanyEntity e = find(em, id);
            if (e.active) {
                e.active = false;
                e.updatedAt = Store.now();
                em.flush();
                audit.record("masterdata", "deactivate", "company", String.valueOf(e.id), Json.object("code", e.code));
            }
            return Mapping.company(e);
        });
    }

    private static boolean hasRecords(EntityManager em, long companyId) {
        long parties = em.createQuery("SELECT COUNT(p) FROM PartyEntity p WHERE p.companyId = :c", Long.class)
                .setParameter("c", companyId).getSingleResult();
        long products = em.createQuery("SELECT COUNT(p) FROM ProductEntity p WHERE p.companyId = :c", Long.class)
                .setParameter("c", companyId).getSingleResult();
        return parties + products > 0;
    }

    private static void apply(CompanyEntity e, CompanyInput in) {
        e.code = in.code();
        e.name = in.name();
        e.nameZh = in.nameZh();
        e.taxId = in.taxId();
        e.currency = in.currency();
    }

    private static CompanyEntity find(EntityManager em, long id) {
        CompanyEntity e = em.find(CompanyEntity.class, id);
        if (e == null) {
            throw NotFoundException.of(COMPANY, id);
        }
        return e;
    }

    private static void requireCodeFree(EntityManager em, String code, Long self) {
        List<CompanyEntity> same = em.createQuery("SELECT c FROM CompanyEntity c WHERE c.code = :code", CompanyEntity.class)
                .setParameter("code", code).getResultList();
        if (same.stream().anyMatch(c -> !c.id.equals(self))) {
            throw new ConflictException(taken(code));
        }
    }

    private static Text taken(String code) {
        return Text.of("A company with code {0} already exists; choose another code", "编码为 {0} 的公司已存在，请使用其他编码", code);
    }
}
