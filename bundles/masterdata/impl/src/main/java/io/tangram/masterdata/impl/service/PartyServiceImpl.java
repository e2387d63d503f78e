package io.tangram.masterdata.impl.service;

import io.tangram.masterdata.api.AddressDto;
import io.tangram.masterdata.api.ContactDto;
import io.tangram.masterdata.api.ImportMode;
import io.tangram.masterdata.api.ImportReport;
import io.tangram.masterdata.api.MasterDataTopics;
import io.tangram.masterdata.api.PartyDto;
import io.tangram.masterdata.api.PartyInput;
import io.tangram.masterdata.api.PartyRole;
import io.tangram.masterdata.api.PartyService;
import io.tangram.masterdata.impl.entity.PartyAddressEntity;
import io.tangram.masterdata.impl.entity.PartyContactEntity;
import io.tangram.masterdata.impl.entity.PartyEntity;
import io.tangram.masterdata.impl.rules.Changes;
import io.tangram.masterdata.impl.rules.CsvImport;
import io.tangram.masterdata.impl.rules.CsvTable;
import io.tangram.masterdata.impl.rules.Normalize;
import io.tangram.masterdata.impl.rules.PartyCsv;
import io.tangram.masterdata.impl.rules.PartyRules;
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

@Component(service = PartyService.class)
public class PartyServiceImpl implements PartyService {

    static final Text PARTY = Text.of("Party", "往来单位");

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final EventPublisher events;

    @Activate
    public PartyServiceImpl(@Reference(target = "(tangram.module=masterdata)") SchemaReady schema,
                            @Reference(target = "(osgi.unit.name=tangram.masterdata)") JpaTemplate jpa,
                            @Reference AuditLog audit, @Reference EventPublisher events) {
        this.jpa = jpa;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public PartyDto create(PartyInput input) {
        Store.requireBody(input);
        return jpa.txExpr(TransactionType.Required, em -> {
            long companyId = Store.companyIdOf(input.companyId());
            Validation v = new Validation();
            String currency = Store.currencyOfCompany(em, companyId, v);
            PartyInput in = PartyRules.normalize(input, companyId, currency);
            PartyRules.check(in, new StoredReferenceCodes(em), v).throwIfInvalid();
            requireCodeFree(em, companyId, in.code(), null);
            return insert(em, in);
        });
    }

    @Override
    public PartyDto update(long id, PartyInput input) {
        Store.requireBody(input);
        return jpa.txExpr(TransactionType.Required, em -> {
            PartyEntity e = find(em, id);
            Validation v = new Validation();
            if (input.companyId() != null && input.companyId() != e.companyId) {
                v.add("companyId", Text.of("cannot be changed; create the party in the other company",
                        "不能修改；请在另一家公司中新建该往来单位"));
            }
            String currency = Store.currencyOfCompany(em, e.companyId, v);
            PartyInput in = PartyRules.normalize(input, e.companyId, currency);
            PartyRules.check(in, new StoredReferenceCodes(em), v).throwIfInvalid();
            requireCodeFree(em, e.companyId, in.code(), e.id);
            PartyDto before = Mapping.party(e);
            apply(e, in);
            PartyDto after = Mapping.party(e);
            List<String> changed = Changes.between(before, after);
            if (changed.isEmpty()) {
                return before;
            }
            e.updatedAt = Store.now();
            Store.flush(em, taken(in.code()));
            after = Mapping.party(e);
            audit.record("masterdata", "update", "party", String.valueOf(e.id),
                    Json.object("code", e.code, "changed", changed));
            events.publish(MasterDataTopics.PARTY_UPDATED, e.companyId, e.code, Json.withChanges(after, changed));
            return after;
        });
    }

    @Override
    public PartyDto get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> Mapping.party(find(em, id)));
    }

    @Override
    public Optional<PartyDto> findByCode(long companyId, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return jpa.txExpr(TransactionType.Supports, em -> byCode(em, companyId, Normalize.code(code))
                .map(Mapping::party));
    }

    @Override
    public Page<PartyDto> search(long companyId, String q, PartyRole role, boolean includeInactive, PageRequest page) {
        Objects.requireNonNull(page, "page");
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, Object> parameters = Store.parameters();
            StringBuilder from = new StringBuilder("FROM PartyEntity x")
                    .append(Store.where(q, includeInactive, parameters, "code", "name", "taxId"))
                    .append(" AND x.companyId = :companyId");
            parameters.put("companyId", companyId);
            if (role == PartyRole.CUSTOMER) {
                parameters.put("yes", Boolean.TRUE);
                from.append(" AND x.customer = :yes");
            } else if (role == PartyRole.SUPPLIER) {
                parameters.put("yes", Boolean.TRUE);
                from.append(" AND x.supplier = :yes");
            }
            return Store.page(em, PartyEntity.class, from.toString(), "x.code", parameters, page, Mapping::party);
        });
    }

    @Override
    public PartyDto deactivate(long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            PartyEntity e = find(em, id);
            if (!e.active) {
                return Mapping.party(e);
            }
            e.active = false;
            e.updatedAt = Store.now();
            em.flush();
            audit.record("masterdata", "deactivate", "party", String.valueOf(e.id), Json.object("code", e.code));
            events.publish(MasterDataTopics.PARTY_DEACTIVATED, e.companyId, e.code,
                    Json.object("id", e.id, "companyId", e.companyId, "code", e.code));
            return Mapping.party(e);
        });
    }

    @Override
    public ImportReport importCsv(long companyId, Reader csv, ImportMode mode) {
        Objects.requireNonNull(csv, "csv");
        ImportMode importMode = mode == null ? ImportMode.ALL_OR_NOTHING : mode;
        CsvTable table = CsvTable.read(csv, PartyCsv.COLUMNS, PartyCsv.REQUIRED);
        return jpa.txExpr(TransactionType.Required, em -> {
            Validation v = new Validation();
            String currency = Store.currencyOfCompany(em, companyId, v);
            v.throwIfInvalid();
            ReferenceCodes refs = new StoredReferenceCodes(em);
            Set<String> taken = new HashSet<>(em.createQuery(
                    "SELECT p.code FROM PartyEntity p WHERE p.companyId = :companyId", String.class)
                    .setParameter("companyId", companyId).getResultList());
            return CsvImport.run(table, importMode,
                    row -> PartyCsv.check(row, companyId, currency, refs), taken::contains, in -> insert(em, in));
        });
    }

    private PartyDto insert(EntityManager em, PartyInput in) {
        PartyEntity e = new PartyEntity();
        e.companyId = in.companyId();
        e.active = true;
        e.createdAt = Store.now();
        e.updatedAt = e.createdAt;
        apply(e, in);
        em.persist(e);
        Store.flush(em, taken(in.code()));
        PartyDto dto = Mapping.party(e);
        audit.record("masterdata", "create", "party", String.valueOf(e.id), Json.write(dto));
        events.publish(MasterDataTopics.PARTY_CREATED, e.companyId, e.code, Json.write(dto));
        return dto;
    }

    private static void apply(PartyEntity e, PartyInput in) {
        e.code = in.code();
        e.name = in.name();
        e.customer = in.customer();
        e.supplier = in.supplier();
        e.taxId = in.taxId();
        e.paymentTermsDays = in.paymentTermsDays();
        e.currency = in.currency();
        List<AddressDto> addresses = in.addresses();
        if (!addresses.equals(Mapping.addresses(e))) {
            e.addresses.clear();
            for (int i = 0; i < addresses.size(); i++) {
                AddressDto a = addresses.get(i);
                PartyAddressEntity row = new PartyAddressEntity();
                row.party = e;
                row.lineNo = i + 1;
                row.type = a.type().name();
                row.street = a.street();
                row.city = a.city();
                row.province = a.province();
                row.postalCode = a.postalCode();
                row.country = a.country();
                e.addresses.add(row);
            }
        }
        List<ContactDto> contacts = in.contacts();
        if (!contacts.equals(Mapping.contacts(e))) {
            e.contacts.clear();
            for (int i = 0; i < contacts.size(); i++) {
                ContactDto c = contacts.get(i);
                PartyContactEntity row = new PartyContactEntity();
                row.party = e;
                row.lineNo = i + 1;
                row.name = c.name();
                row.phone = c.phone();
                row.email = c.email();
                e.contacts.add(row);
            }
        }
    }

    private static PartyEntity find(EntityManager em, long id) {
        PartyEntity e = em.find(PartyEntity.class, id);
        if (e == null) {
            throw NotFoundException.of(PARTY, id);
        }
        return e;
    }

    private static Optional<PartyEntity> byCode(EntityManager em, long companyId, String code) {
        return em.createQuery("SELECT p FROM PartyEntity p WHERE p.companyId = :companyId AND p.code = :code",
                        PartyEntity.class)
                .setParameter("companyId", companyId).setParameter("code", code)
                .getResultList().stream().findFirst();
    }

    private static void requireCodeFree(EntityManager em, long companyId, String code, Long self) {
        Optional<PartyEntity> other = byCode(em, companyId, code);
        if (other.isPresent() && !other.get().id.equals(self)) {
            throw new ConflictException(taken(code));
        }
    }

    private static Text taken(String code) {
        return Text.of("A party with code {0} already exists; choose another code",
                "编码为 {0} 的往来单位已存在，请使用其他编码", code);
    }
}
