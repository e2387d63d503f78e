package io.tangram.crm.impl.customer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.crm.api.ContactDto;
import io.tangram.crm.api.ContactInput;
import io.tangram.crm.api.CustomerDto;
import io.tangram.crm.api.CustomerInput;
import io.tangram.crm.api.CustomerQuery;
import io.tangram.crm.api.Customers;
import io.tangram.crm.api.LifecycleStage;
import io.tangram.crm.impl.CrmPermissions;
import io.tangram.crm.impl.CrmSettings;
import io.tangram.crm.impl.Params;
import io.tangram.crm.impl.Visibility;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.PartyDto;
import io.tangram.masterdata.api.PartyInput;
import io.tangram.masterdata.api.PartyService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.money.Money;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.UserDirectory;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * CRM profiles in {@code crm_customer} with tags and contacts. The party itself is master data's:
 * a new customer's party is created through {@link PartyService} in the same transaction. The
 * order and activity columns the lifecycle stage is computed from are kept by the sales and
 * activity services of this bundle through {@link #recordOrder} and {@link #recordActivity}.
 */
@Component(service = {Customers.class, CustomerService.class})
public class CustomerService implements Customers {
    private static final int MAX_TAGS = 20;
    private static final int MAX_CONTACTS = 50;
    private static final String SELECT = "SELECT c.party_id, c.company_id, c.code, c.name, c.owner, c.credit_limit,"
            + " c.industry, c.region, c.source, c.customer_group, c.order_count, c.last_order_on, c.last_activity_on,"
            + " c.has_opportunity, c.created_at FROM crm_customer c";

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final PartyService parties;
    private final CompanyService companies;
    private final UserDirectory users;
    private final CrmSettings settings;

    @Activate
    public CustomerService(@Reference(target = "(tangram.module=crm)") SchemaReady schema,
                           @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                           @Reference Transactions tx, @Reference AuditLog audit, @Reference PartyService parties,
                           @Reference CompanyService companies, @Reference UserDirectory users,
                           @Reference CrmSettings settings) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.parties = parties;
        this.companies = companies;
        this.users = users;
        this.settings = settings;
    }

    // ---------------------------------------------------------------- profile

    @Override
    public CustomerDto create(CustomerInput input) {
        CallContext.require(CrmPermissions.CUSTOMER_WRITE);
        CustomerInput in = Params.require(input);
        long companyId = Params.company(in.companyId());
        String owner = owner(in.owner());
        Validation v = profileChecks(in, owner);
        if (in.partyId() == null) {
            v.required("code", blank(in.code())).required("name", blank(in.name()));
        }
        v.throwIfInvalid();
        return tx.required(() -> {
            PartyDto party;
            if (in.partyId() != null) {
                party = parties.get(in.partyId());
                if (party.companyId() != companyId) {
                    throw ValidationException.of("partyId", Text.of("belongs to another company", "属于其他公司"));
                }
                if (!party.customer()) {
                    throw ValidationException.of("partyId", Text.of("{0} is not a customer in master data",
                            "{0} 在主数据中不是客户", party.code()));
                }
                if (exists(party.id())) {
                    throw new ConflictException(Text.of("{0} already has a customer profile", "{0} 已有客户档案", party.code()));
                }
            } else {
                party = parties.create(new PartyInput(companyId, in.code().strip(), in.name().strip(), true, false,
                        blank(in.taxId()), in.paymentTermsDays(), null, null, null));
            }
            Instant now = Instant.now();
            sql.update("INSERT INTO crm_customer (party_id, company_id, code, name, owner, credit_limit, industry, region,"
                    + " source, customer_group, order_count, has_opportunity, created_by, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)", party.id(), companyId, party.code(),
                    party.name(), owner, Sql.orNull(limit(in.creditLimit())), nullable(in.industry()),
                    nullable(in.region()), nullable(in.source()), nullable(in.customerGroup()), false,
                    CallContext.actorName(), now, now);
            writeTags(party.id(), in.tags());
            CustomerDto created = load(party.id()).orElseThrow();
            audit.record("crm", "create", "customer", String.valueOf(party.id()), JsonText.write(created));
            return created;
        });
    }

    @Override
    public CustomerDto update(long partyId, CustomerInput input) {
        CallContext.require(CrmPermissions.CUSTOMER_WRITE);
        CustomerInput in = Params.require(input);
        CustomerDto before = get(partyId);
        String owner = in.owner() == null ? before.owner() : owner(in.owner());
        profileChecks(in, owner).throwIfInvalid();
        return tx.required(() -> {
            PartyDto party = parties.get(partyId);
            sql.update("UPDATE crm_customer SET code = ?, name = ?, owner = ?, credit_limit = ?, industry = ?, region = ?,"
                    + " source = ?, customer_group = ?, updated_at = ? WHERE party_id = ?", party.code(), party.name(),
                    owner, Sql.orNull(limit(in.creditLimit())), nullable(in.industry()), nullable(in.region()),
                    nullable(in.source()), nullable(in.customerGroup()), Instant.now(), partyId);
            sql.update("DELETE FROM crm_customer_tag WHERE party_id = ?", partyId);
            writeTags(partyId, in.tags());
            CustomerDto updated = load(partyId).orElseThrow();
            audit.record("crm", "update", "customer", String.valueOf(partyId), JsonText.write(updated));
            return updated;
        });
    }

    @Override
    public CustomerDto get(long partyId) {
        CallContext.require(CrmPermissions.CUSTOMER_READ);
        return find(partyId).orElseThrow(() -> new NotFoundException(Text.of("There is no customer {0}", "不存在客户 {0}", partyId)));
    }

    @Override
    public Optional<CustomerDto> find(long partyId) {
        return load(partyId).filter(c -> Visibility.current(sql, c.companyId()).sees(c.owner()));
    }

    /** The customer whatever the caller's scope, for the module's own bookkeeping. */
    public Optional<CustomerDto> load(long partyId) {
        List<String> tags = tags(partyId);
        List<ContactDto> contacts = contactsOf(partyId);
        return sql.one(SELECT + " WHERE c.party_id = ?", rs -> row(rs, tags, contacts), partyId);
    }

    @Override
    public Page<CustomerDto> search(long companyId, CustomerQuery query, PageRequest page) {
        CallContext.require(CrmPermissions.CUSTOMER_READ);
        CustomerQuery q = query == null ? new CustomerQuery(null, null, null, null, null, null) : query;
        Visibility visibility = Visibility.current(sql, companyId);
        StringBuilder where = new StringBuilder(" WHERE c.company_id = ?");
        List<Object> args = new ArrayList<>(List.of(companyId));
        if (blank(q.q()) != null) {
            String like = "%" + q.q().strip().toLowerCase(Locale.ROOT) + "%";
            where.append(" AND (LOWER(c.code) LIKE ? OR LOWER(c.name) LIKE ? OR c.party_id IN (SELECT party_id FROM"
                    + " crm_contact WHERE phone LIKE ? OR LOWER(email) LIKE ?))");
            args.addAll(List.of(like, like, like, like));
        }
        if (blank(q.owner()) != null) {
            where.append(" AND c.owner = ?");
            args.add(q.owner().strip());
        }
        if (blank(q.tag()) != null) {
            where.append(" AND c.party_id IN (SELECT party_id FROM crm_customer_tag WHERE tag = ?)");
            args.add(q.tag().strip());
        }
        if (blank(q.industry()) != null) {
            where.append(" AND c.industry = ?");
            args.add(q.industry().strip());
        }
        if (blank(q.region()) != null) {
            where.append(" AND c.region = ?");
            args.add(q.region().strip());
        }
        where.append(visibility.filter("c.owner"));
        args.addAll(visibility.args());
        List<CustomerDto> all = sql.list(SELECT + where + " ORDER BY c.code", rs -> row(rs, List.of(), List.of()),
                args.toArray());
        if (q.stage() != null) {
            all = all.stream().filter(c -> c.stage() == q.stage()).toList();
        }
        List<CustomerDto> slice = all.stream().skip(page.offset()).limit(page.limit()).toList();
        Map<Long, List<String>> tags = tagsOf(slice);
        List<CustomerDto> items = slice.stream().map(c -> withTags(c, tags.getOrDefault(c.partyId(), List.of()))).toList();
        return new Page<>(items, all.size(), page.offset(), page.limit());
    }

    @Override
    public CustomerDto assign(long partyId, String owner) {
        CallContext.require(CrmPermissions.CUSTOMER_WRITE);
        CustomerDto before = get(partyId);
        String newOwner = owner(owner);
        Validation v = new Validation();
        v.required("owner", blank(owner));
        checkUser(v, newOwner);
        v.throwIfInvalid();
        return tx.required(() -> {
            sql.update("UPDATE crm_customer SET owner = ?, updated_at = ? WHERE party_id = ?", newOwner, Instant.now(),
                    partyId);
            audit.record("crm", "assign", "customer", String.valueOf(partyId),
                    JsonText.object("from", before.owner(), "to", newOwner));
            return load(partyId).orElseThrow();
        });
    }

    // ---------------------------------------------------------------- contacts

    @Override
    public ContactDto addContact(long partyId, ContactInput input) {
        CallContext.require(CrmPermissions.CUSTOMER_WRITE);
        ContactInput in = Params.require(input);
        get(partyId);
        Validation v = new Validation();
        v.required("name", blank(in.name())).maxLength("name", in.name(), 100).maxLength("title", in.title(), 100)
                .maxLength("phone", in.phone(), 40).maxLength("email", in.email(), 200).maxLength("wechat", in.wechat(), 60);
        v.check(blank(in.phone()) != null || blank(in.email()) != null, "phone",
                Text.of("a phone or an e-mail is required", "电话和邮箱至少填一项"));
        v.check(blank(in.email()) == null || in.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "email",
                Text.of("must be an e-mail address", "必须是邮箱地址"));
        v.throwIfInvalid();
        return tx.required(() -> {
            int count = sql.one("SELECT COUNT(*) FROM crm_contact WHERE party_id = ?", rs -> rs.getInt(1), partyId)
                    .orElse(0);
            if (count >= MAX_CONTACTS) {
                throw new ConflictException(Text.of("A customer has at most {0} contacts", "每个客户最多 {0} 个联系人",
                        MAX_CONTACTS));
            }
            boolean primary = Boolean.TRUE.equals(in.primary()) || count == 0;
            if (primary) {
                sql.update("UPDATE crm_contact SET is_primary = ? WHERE party_id = ?", false, partyId);
            }
            long id = sql.insert("INSERT INTO crm_contact (party_id, name, title, phone, email, wechat, is_primary)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", partyId, in.name().strip(), nullable(in.title()),
                    nullable(in.phone()), in.email() == null || in.email().isBlank() ? Sql.Null.VARCHAR
                            : in.email().strip().toLowerCase(Locale.ROOT), nullable(in.wechat()), primary);
            ContactDto contact = contactsOf(partyId).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
            audit.record("crm", "add-contact", "customer", String.valueOf(partyId), JsonText.write(contact));
            return contact;
        });
    }

    @Override
    public List<ContactDto> contacts(long partyId) {
        get(partyId);
        return contactsOf(partyId);
    }

    @Override
    public void removeContact(long partyId, long contactId) {
        CallContext.require(CrmPermissions.CUSTOMER_WRITE);
        get(partyId);
        tx.required(() -> {
            if (sql.update("DELETE FROM crm_contact WHERE id = ? AND party_id = ?", contactId, partyId) == 0) {
                throw new NotFoundException(Text.of("There is no contact {0} of this customer", "该客户没有联系人 {0}", contactId));
            }
            audit.record("crm", "remove-contact", "customer", String.valueOf(partyId),
                    JsonText.object("contactId", contactId));
            return null;
        });
    }

    // ---------------------------------------------------------------- kept by the module

    /** A sales order of the customer was confirmed on {@code date}: one more order. */
    public void recordOrder(long partyId, LocalDate date) {
        sql.update("UPDATE crm_customer SET order_count = order_count + 1, first_order_on = COALESCE(first_order_on, ?),"
                + " last_order_on = CASE WHEN last_order_on IS NULL OR last_order_on < ? THEN ? ELSE last_order_on END"
                + " WHERE party_id = ?", date, date, date, partyId);
    }

    /** A confirmed order of the customer was cancelled: one order less. */
    public void forgetOrder(long partyId) {
        sql.update("UPDATE crm_customer SET order_count = order_count - 1 WHERE party_id = ? AND order_count > 0", partyId);
    }

    /** Something was done with the customer on {@code date} (a call, a visit, a note). */
    public void recordActivity(long partyId, LocalDate date) {
        sql.update("UPDATE crm_customer SET last_activity_on = ? WHERE party_id = ? AND (last_activity_on IS NULL"
                + " OR last_activity_on < ?)", date, partyId, date);
    }

    /** The customer has an opportunity: a prospect until it orders. */
    public void recordOpportunity(long partyId) {
        sql.update("UPDATE crm_customer SET has_opportunity = ? WHERE party_id = ?", true, partyId);
    }

    // ---------------------------------------------------------------- helpers

    private Validation profileChecks(CustomerInput in, String owner) {
        Validation v = new Validation();
        v.maxLength("code", in.code(), 32).maxLength("name", in.name(), 200).maxLength("industry", in.industry(), 60)
                .maxLength("region", in.region(), 60).maxLength("source", in.source(), 60)
                .maxLength("customerGroup", in.customerGroup(), 32).notNegative("creditLimit", in.creditLimit());
        v.check(in.creditLimit() == null || in.creditLimit().scale() <= 2, "creditLimit",
                Text.of("at most 2 decimals", "最多 2 位小数"));
        v.check(in.tags().size() <= MAX_TAGS, "tags", Text.of("at most {0}", "最多 {0} 个", MAX_TAGS));
        for (int i = 0; i < in.tags().size(); i++) {
            String t = in.tags().get(i);
            v.check(t != null && !t.isBlank() && t.strip().length() <= 40, "tags[" + i + "]",
                    Text.of("must be 1 to 40 characters", "必须是 1 到 40 个字符"));
        }
        checkUser(v, owner);
        return v;
    }

    private void checkUser(Validation v, String owner) {
        boolean known = owner.equals(CallContext.actorName())
                || users.users().stream().anyMatch(u -> u.username().equals(owner));
        v.check(known, "owner", Text.of("{0} is not a user", "{0} 不是系统用户", owner));
    }

    private static String owner(String owner) {
        return owner == null || owner.isBlank() ? CallContext.actorName() : owner.strip();
    }

    private static BigDecimal limit(BigDecimal creditLimit) {
        return creditLimit == null ? null : creditLimit.setScale(2, RoundingMode.UNNECESSARY);
    }

    private boolean exists(long partyId) {
        return sql.one("SELECT 1 FROM crm_customer WHERE party_id = ?", rs -> 1, partyId).isPresent();
    }

    private void writeTags(long partyId, List<String> tags) {
        for (String tag : new LinkedHashSet<>(tags.stream().map(String::strip).toList())) {
            sql.update("INSERT INTO crm_customer_tag (party_id, tag) VALUES (?, ?)", partyId, tag);
        }
    }

    private List<String> tags(long partyId) {
        return sql.list("SELECT tag FROM crm_customer_tag WHERE party_id = ? ORDER BY tag", rs -> rs.getString(1), partyId);
    }

    private Map<Long, List<String>> tagsOf(List<CustomerDto> customers) {
        if (customers.isEmpty()) {
            return Map.of();
        }
        String in = customers.stream().map(c -> "?").collect(Collectors.joining(", "));
        record Tag(long partyId, String tag) {
        }
        return sql.list("SELECT party_id, tag FROM crm_customer_tag WHERE party_id IN (" + in + ") ORDER BY tag",
                rs -> new Tag(rs.getLong(1), rs.getString(2)), customers.stream().map(CustomerDto::partyId).toArray())
                .stream().collect(Collectors.groupingBy(Tag::partyId,
                        Collectors.mapping(Tag::tag, Collectors.toList())));
    }

    private List<ContactDto> contactsOf(long partyId) {
        return sql.list("SELECT id, party_id, name, title, phone, email, wechat, is_primary FROM crm_contact"
                + " WHERE party_id = ? ORDER BY is_primary DESC, id", rs -> new ContactDto(rs.getLong(1), rs.getLong(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getBoolean(8)), partyId);
    }

    private CustomerDto row(ResultSet rs, List<String> tags, List<ContactDto> contacts) throws SQLException {
        long companyId = rs.getLong("company_id");
        BigDecimal limit = rs.getBigDecimal("credit_limit");
        int orders = rs.getInt("order_count");
        LocalDate lastOrder = Sql.date(rs, "last_order_on");
        LocalDate lastActivity = Sql.date(rs, "last_activity_on");
        LifecycleStage stage = Lifecycle.stage(orders, rs.getBoolean("has_opportunity"), lastOrder, lastActivity,
                LocalDate.now(ZoneId.systemDefault()), settings.dormantAfterDays());
        return new CustomerDto(rs.getLong("party_id"), companyId, rs.getString("code"), rs.getString("name"),
                rs.getString("owner"), tags, stage, limit == null ? null : Money.of(limit, currency(companyId)),
                rs.getString("industry"), rs.getString("region"), rs.getString("source"), rs.getString("customer_group"),
                orders, lastOrder, lastActivity, contacts, Sql.instant(rs, "created_at"));
    }

    private static CustomerDto withTags(CustomerDto c, List<String> tags) {
        return new CustomerDto(c.partyId(), c.companyId(), c.code(), c.name(), c.owner(), tags, c.stage(), c.creditLimit(),
                c.industry(), c.region(), c.source(), c.customerGroup(), c.orderCount(), c.lastOrderOn(),
                c.lastActivityOn(), c.contacts(), c.createdAt());
    }

    private Currency currency(long companyId) {
        return Currency.getInstance(companies.get(companyId).currency());
    }

    private static Object nullable(String s) {
        return s == null || s.isBlank() ? Sql.Null.VARCHAR : s.strip();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
