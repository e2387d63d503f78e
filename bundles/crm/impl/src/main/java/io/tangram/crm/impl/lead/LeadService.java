package io.tangram.crm.impl.lead;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.tangram.crm.api.ContactDto;
import io.tangram.crm.api.ContactInput;
import io.tangram.crm.api.CustomerDto;
import io.tangram.crm.api.CustomerInput;
import io.tangram.crm.api.lead.CaptureOutcome;
import io.tangram.crm.api.lead.DuplicateMatch;
import io.tangram.crm.api.lead.ImportProblem;
import io.tangram.crm.api.lead.LeadCapture;
import io.tangram.crm.api.lead.LeadConversion;
import io.tangram.crm.api.lead.LeadConversionInput;
import io.tangram.crm.api.lead.LeadDto;
import io.tangram.crm.api.lead.LeadImportReport;
import io.tangram.crm.api.lead.LeadImportRow;
import io.tangram.crm.api.lead.LeadInput;
import io.tangram.crm.api.lead.LeadQuery;
import io.tangram.crm.api.lead.LeadStatus;
import io.tangram.crm.api.lead.LeadStatusChange;
import io.tangram.crm.api.lead.Leads;
import io.tangram.crm.api.pipeline.Opportunities;
import io.tangram.crm.api.pipeline.OpportunityDto;
import io.tangram.crm.api.pipeline.OpportunityInput;
import io.tangram.crm.impl.Params;
import io.tangram.crm.impl.Visibility;
import io.tangram.crm.impl.customer.CustomerService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.TangramException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.numbering.DocumentNumbers;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.UserDirectory;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Leads in {@code crm_lead}. An arriving lead (by hand, from a CSV file or at the console) is
 * checked against open leads and customers ({@link LeadKeys}): a customer's duplicate is refused, an
 * open lead's duplicate is merged into that lead, anything else is created with the owner the
 * assignment rules choose ({@link LeadRuleService#route}). Conversion creates the customer through
 * {@link CustomerService}, a contact, and an opportunity through the pipeline when it is installed.
 */
@Component(service = {Leads.class, LeadService.class})
public class LeadService implements Leads {
    static final String CUSTOMER_CODE_TYPE = "CU";
    static final String PIPELINE_UNAVAILABLE = "opportunity not created: pipeline unavailable";
    private static final String SELECT = "SELECT id, company_id, name, company_name, phone, email, region, industry,"
            + " source, note, status, owner, rule_id, assignment, disqualify_reason, customer_id, opportunity_id,"
            + " converted_at, created_by, created_at, updated_at, phone_key, email_key, company_key FROM crm_lead";
    private static final String OPEN = " AND status IN ('NEW', 'CONTACTED', 'QUALIFIED')";
    private static final int NOTE_LENGTH = 2000;
    private static final int MIN_PHONE_DIGITS = 6;

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final CustomerService customers;
    private final LeadRuleService rules;
    private final DocumentNumbers numbers;
    private final UserDirectory users;
    private final Clock clock;

    /** The pipeline, when installed: conversion opens an opportunity through it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Opportunities opportunities;

    @Activate
    public LeadService(@Reference(target = "(tangram.module=crm)") SchemaReady schema,
                       @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                       @Reference Transactions tx, @Reference AuditLog audit, @Reference CustomerService customers,
                       @Reference LeadRuleService rules, @Reference DocumentNumbers numbers,
                       @Reference UserDirectory users) {
        this(dataSource, tx, audit, customers, rules, numbers, users, Clock.systemDefaultZone());
    }

    LeadService(DataSource dataSource, Transactions tx, AuditLog audit, CustomerService customers, LeadRuleService rules,
                DocumentNumbers numbers, UserDirectory users, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.customers = customers;
        this.rules = rules;
        this.numbers = numbers;
        this.users = users;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- arrival

    @Override
    public LeadCapture capture(LeadInput input) {
        CallContext.require(LeadPermissions.LEAD_WRITE);
        LeadInput in = Params.require(input);
        long companyId = Params.company(in.companyId());
        checks(in).throwIfInvalid();
        CustomerIndex index = CustomerIndex.load(sql, companyId);
        LeadCapture arrived = tx.required(() -> arrive(companyId, in, index));
        if (arrived.outcome() == CaptureOutcome.REFUSED) {
            throw new ConflictException(alreadyCustomer(arrived.matches()));
        }
        return arrived;
    }

    @Override
    public LeadImportReport importCsv(long companyId, String csv) {
        CallContext.require(LeadPermissions.LEAD_WRITE);
        List<LeadCsv.Row> rows = LeadCsv.parse(csv);
        CustomerIndex index = CustomerIndex.load(sql, companyId);
        List<LeadImportRow> report = new ArrayList<>();
        for (LeadCsv.Row row : rows) {
            report.add(importRow(companyId, row, index));
        }
        int created = count(report, CaptureOutcome.CREATED);
        int merged = count(report, CaptureOutcome.MERGED);
        int refused = count(report, CaptureOutcome.REFUSED);
        tx.required(() -> {
            audit.record("crm", "import", "lead-file", String.valueOf(companyId), JsonText.object("rows", rows.size(),
                    "created", created, "merged", merged, "refused", refused));
            return null;
        });
        return new LeadImportReport(rows.size(), created, merged, refused, report);
    }

    private LeadImportRow importRow(long companyId, LeadCsv.Row row, CustomerIndex index) {
        LeadInput in = new LeadInput(companyId, row.get("name"), row.get("company"), row.get("phone"), row.get("email"),
                row.get("region"), row.get("industry"), row.get("source"), row.get("note"), null);
        try {
            Validation v = checks(in);
            v.check(row.surplus() == 0, "line", Text.of("has {0} value(s) more than the header has columns",
                    "比表头多 {0} 个值", row.surplus()));
            v.throwIfInvalid();
            LeadCapture arrived = tx.required(() -> arrive(companyId, in, index));
            if (arrived.outcome() == CaptureOutcome.REFUSED) {
                DuplicateMatch customer = arrived.matches().stream()
                        .filter(m -> m.kind() == DuplicateMatch.Kind.CUSTOMER).findFirst().orElseThrow();
                return new LeadImportRow(row.line(), in.name(), CaptureOutcome.REFUSED, null, null, arrived.matches(),
                        List.of(problem(customer.field(), alreadyCustomer(arrived.matches()))));
            }
            return new LeadImportRow(row.line(), in.name(), arrived.outcome(), arrived.lead().id(),
                    arrived.lead().owner(), arrived.matches(), List.of());
        } catch (ValidationException e) {
            return new LeadImportRow(row.line(), in.name(), CaptureOutcome.REFUSED, null, null, List.of(),
                    e.errors().stream().map((FieldError f) -> problem(f.field(), f.message())).toList());
        } catch (TangramException e) {
            return new LeadImportRow(row.line(), in.name(), CaptureOutcome.REFUSED, null, null, List.of(),
                    List.of(problem("line", e.text())));
        }
    }

    /**
     * Creates the lead, merges it into the open lead it duplicates, or refuses it as a customer's
     * duplicate ({@code lead} then {@code null}); in the caller's transaction.
     */
    private LeadCapture arrive(long companyId, LeadInput in, CustomerIndex index) {
        String phoneKey = LeadKeys.phone(in.phone());
        String emailKey = LeadKeys.email(in.email());
        String companyKey = LeadKeys.company(in.company());
        List<DuplicateMatch> matches = new ArrayList<>(index.matches(phoneKey, emailKey, companyKey));
        List<LeadRow> leads = openDuplicates(companyId, phoneKey, emailKey, companyKey);
        for (LeadRow lead : leads) {
            matches.add(new DuplicateMatch(DuplicateMatch.Kind.LEAD, lead.dto().id(), null, lead.dto().name(),
                    lead.dto().owner(), lead.field(phoneKey, emailKey, companyKey)));
        }
        if (matches.stream().anyMatch(m -> m.kind() == DuplicateMatch.Kind.CUSTOMER)) {
            return new LeadCapture(CaptureOutcome.REFUSED, null, matches);
        }
        if (!leads.isEmpty()) {
            LeadDto merged = merge(leads.get(0).dto(), in);
            boolean visible = Visibility.current(sql, companyId).sees(merged.owner());
            return new LeadCapture(CaptureOutcome.MERGED, visible ? merged : null, matches);
        }
        return new LeadCapture(CaptureOutcome.CREATED, create(companyId, in), List.of());
    }

    private LeadDto create(long companyId, LeadInput in) {
        String creator = Reps.caller();
        String given = Reps.text(in.owner());
        LeadRouter.Assignment assignment = given != null
                ? new LeadRouter.Assignment(given, null, "given by " + creator)
                : rules.route(companyId, new LeadRouter.Facts(Reps.text(in.region()), Reps.text(in.industry()),
                        Reps.text(in.source())), creator);
        Instant now = clock.instant();
        long id = sql.insert("INSERT INTO crm_lead (company_id, name, company_name, phone, email, region, industry,"
                + " source, note, phone_key, email_key, company_key, status, owner, rule_id, assignment, created_by,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                companyId, in.name().strip(), nullable(in.company()), nullable(in.phone()), nullable(in.email()),
                nullable(in.region()), nullable(in.industry()), nullable(in.source()), nullable(in.note()),
                nullable(LeadKeys.phone(in.phone())), nullable(LeadKeys.email(in.email())),
                nullable(LeadKeys.company(in.company())), LeadStatus.NEW, assignment.owner(),
                Sql.orNull(assignment.ruleId()), assignment.how(), CallContext.actorName(), now, now);
        LeadDto created = load(id).orElseThrow();
        audit.record("crm", "create", "lead", String.valueOf(id), JsonText.write(created));
        return created;
    }

    /** Fills the existing lead's blank fields from the arriving one and appends its note. */
    private LeadDto merge(LeadDto into, LeadInput in) {
        String company = first(into.company(), in.company());
        String phone = first(into.phone(), in.phone());
        String email = first(into.email(), in.email());
        String note = into.note();
        String added = Reps.text(in.note());
        if (added != null && (note == null || !note.contains(added))) {
            note = note == null ? added : note + "\n" + added;
            note = note.length() > NOTE_LENGTH ? note.substring(0, NOTE_LENGTH) : note;
        }
        sql.update("UPDATE crm_lead SET company_name = ?, phone = ?, email = ?, region = ?, industry = ?, source = ?,"
                + " note = ?, phone_key = ?, email_key = ?, company_key = ?, updated_at = ? WHERE id = ?",
                nullable(company), nullable(phone), nullable(email), nullable(first(into.region(), in.region())),
                nullable(first(into.industry(), in.industry())), nullable(first(into.source(), in.source())),
                nullable(note), nullable(LeadKeys.phone(phone)), nullable(LeadKeys.email(email)),
                nullable(LeadKeys.company(company)), clock.instant(), into.id());
        LeadDto merged = load(into.id()).orElseThrow();
        audit.record("crm", "merge", "lead", String.valueOf(into.id()), JsonText.object("arrived", in, "lead", merged));
        return merged;
    }

    private List<LeadRow> openDuplicates(long companyId, String phoneKey, String emailKey, String companyKey) {
        List<String> conditions = new ArrayList<>();
        List<Object> args = new ArrayList<>(List.of(companyId));
        for (String[] key : new String[][] {{"phone_key", phoneKey}, {"email_key", emailKey}, {"company_key", companyKey}}) {
            if (key[1] != null) {
                conditions.add(key[0] + " = ?");
                args.add(key[1]);
            }
        }
        if (conditions.isEmpty()) {
            return List.of();
        }
        return sql.list(SELECT + " WHERE company_id = ?" + OPEN + " AND (" + String.join(" OR ", conditions)
                + ") ORDER BY id", LeadService::leadRow, args.toArray());
    }

    // ---------------------------------------------------------------- reading

    @Override
    public LeadDto get(long id) {
        CallContext.require(LeadPermissions.LEAD_READ);
        return find(id).orElseThrow(() -> new NotFoundException(Text.of("There is no lead {0}", "不存在线索 {0}", String.valueOf(id))));
    }

    /** The lead if the caller may see it, without a permission check (for activities and follow-ups). */
    public Optional<LeadDto> find(long id) {
        return load(id).filter(l -> Visibility.current(sql, l.companyId()).sees(l.owner()));
    }

    /** The lead whatever the caller's scope. */
    public Optional<LeadDto> load(long id) {
        return sql.one(SELECT + " WHERE id = ?", LeadService::row, id);
    }

    @Override
    public Page<LeadDto> search(long companyId, LeadQuery query, PageRequest page) {
        CallContext.require(LeadPermissions.LEAD_READ);
        LeadQuery q = query == null ? new LeadQuery(null, null, null, null) : query;
        StringBuilder where = new StringBuilder(" WHERE company_id = ?");
        List<Object> args = new ArrayList<>(List.of(companyId));
        String text = Reps.text(q.q());
        if (text != null) {
            String like = "%" + text.toLowerCase(Locale.ROOT) + "%";
            where.append(" AND (LOWER(name) LIKE ? OR LOWER(company_name) LIKE ? OR email_key LIKE ?");
            args.addAll(List.of(like, like, like));
            String digits = LeadKeys.phone(text);
            if (digits != null) {
                where.append(" OR phone_key LIKE ?");
                args.add("%" + digits + "%");
            }
            where.append(")");
        }
        if (q.status() != null) {
            where.append(" AND status = ?");
            args.add(q.status());
        }
        if (Reps.text(q.owner()) != null) {
            where.append(" AND owner = ?");
            args.add(q.owner().strip());
        }
        if (Reps.text(q.source()) != null) {
            where.append(" AND LOWER(source) = ?");
            args.add(q.source().strip().toLowerCase(Locale.ROOT));
        }
        Visibility visibility = Visibility.current(sql, companyId);
        where.append(visibility.filter("owner"));
        args.addAll(visibility.args());
        long total = sql.one("SELECT COUNT(*) FROM crm_lead" + where, rs -> rs.getLong(1), args.toArray()).orElse(0L);
        args.add(page.offset());
        args.add(page.limit());
        List<LeadDto> items = sql.list(SELECT + where + " ORDER BY id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                LeadService::row, args.toArray());
        return new Page<>(items, total, page.offset(), page.limit());
    }

    // ---------------------------------------------------------------- changes

    @Override
    public LeadDto update(long id, LeadInput input) {
        CallContext.require(LeadPermissions.LEAD_WRITE);
        LeadInput in = Params.require(input);
        LeadDto before = get(id);
        requireOpen(before);
        checks(new LeadInput(in.companyId(), in.name(), in.company(), in.phone(), in.email(), in.region(), in.industry(),
                in.source(), in.note(), null)).throwIfInvalid();
        return tx.required(() -> {
            sql.update("UPDATE crm_lead SET name = ?, company_name = ?, phone = ?, email = ?, region = ?, industry = ?,"
                    + " source = ?, note = ?, phone_key = ?, email_key = ?, company_key = ?, updated_at = ? WHERE id = ?",
                    in.name().strip(), nullable(in.company()), nullable(in.phone()), nullable(in.email()),
                    nullable(in.region()), nullable(in.industry()), nullable(in.source()), nullable(in.note()),
                    nullable(LeadKeys.phone(in.phone())), nullable(LeadKeys.email(in.email())),
                    nullable(LeadKeys.company(in.company())), clock.instant(), id);
            LeadDto updated = load(id).orElseThrow();
            audit.record("crm", "update", "lead", String.valueOf(id), JsonText.object("before", before, "after", updated));
            return updated;
        });
    }

    @Override
    public LeadDto changeStatus(long id, LeadStatusChange change) {
        CallContext.require(LeadPermissions.LEAD_WRITE);
        LeadStatusChange in = Params.require(change);
        Validation v = new Validation();
        v.required("status", in.status());
        String reason = Reps.text(in.reason());
        if (in.status() == LeadStatus.DISQUALIFIED) {
            v.required("reason", reason).maxLength("reason", reason, 500);
        }
        v.throwIfInvalid();
        LeadDto before = get(id);
        if (before.status() == in.status()) {
            return before;
        }
        if (!before.status().canMoveTo(in.status())) {
            throw new ConflictException(refusedMove(before, in.status()));
        }
        return tx.required(() -> {
            sql.update("UPDATE crm_lead SET status = ?, disqualify_reason = ?, updated_at = ? WHERE id = ?", in.status(),
                    in.status() == LeadStatus.DISQUALIFIED ? reason : Sql.Null.VARCHAR, clock.instant(), id);
            audit.record("crm", "status", "lead", String.valueOf(id),
                    JsonText.object("from", before.status(), "to", in.status(), "reason", reason));
            return load(id).orElseThrow();
        });
    }

    /** A rep reached the lead: a new lead becomes contacted. Returns whether it changed. */
    public boolean markContacted(long id) {
        boolean changed = sql.update("UPDATE crm_lead SET status = ?, updated_at = ? WHERE id = ? AND status = ?",
                LeadStatus.CONTACTED, clock.instant(), id, LeadStatus.NEW) == 1;
        if (changed) {
            audit.record("crm", "status", "lead", String.valueOf(id),
                    JsonText.object("from", LeadStatus.NEW, "to", LeadStatus.CONTACTED, "reason", "activity logged"));
        }
        return changed;
    }

    @Override
    public LeadDto assign(long id, String owner) {
        CallContext.require(LeadPermissions.LEAD_WRITE);
        String to = Reps.text(owner);
        Validation v = new Validation();
        v.required("owner", to).maxLength("owner", to, 100);
        Reps.check(v, "owner", to, users);
        v.throwIfInvalid();
        LeadDto before = get(id);
        requireOpen(before);
        return tx.required(() -> {
            sql.update("UPDATE crm_lead SET owner = ?, rule_id = ?, assignment = ?, updated_at = ? WHERE id = ?", to,
                    Sql.Null.BIGINT, "handed over by " + Reps.caller(), clock.instant(), id);
            audit.record("crm", "assign", "lead", String.valueOf(id), JsonText.object("from", before.owner(), "to", to));
            return load(id).orElseThrow();
        });
    }

    // ---------------------------------------------------------------- conversion

    @Override
    public LeadConversion convert(long id, LeadConversionInput input) {
        CallContext.require(LeadPermissions.LEAD_CONVERT);
        LeadConversionInput in = input == null ? new LeadConversionInput(null, null, null, null, null, null) : input;
        Validation v = new Validation();
        v.maxLength("customerCode", in.customerCode(), 32).maxLength("customerName", in.customerName(), 200)
                .maxLength("opportunityName", in.opportunityName(), 200).notNegative("amount", in.amount());
        v.check(in.amount() == null || in.amount().scale() <= 2, "amount", Text.of("at most 2 decimals", "最多 2 位小数"));
        v.throwIfInvalid();
        LeadDto lead = get(id);
        if (lead.status() == LeadStatus.CONVERTED) {
            throw new ConflictException(Text.of("Lead {0} was already converted into customer {1}",
                    "线索 {0} 已转为客户 {1}", String.valueOf(id), String.valueOf(lead.customerId())));
        }
        if (lead.status() == LeadStatus.DISQUALIFIED) {
            throw new ConflictException(Text.of("Lead {0} is disqualified ({1}); it cannot be converted",
                    "线索 {0} 已作废（{1}），不能转化", String.valueOf(id), lead.disqualifyReason()));
        }
        return tx.required(() -> {
            List<String> notes = new ArrayList<>();
            boolean created = in.customerId() == null;
            CustomerDto customer = created ? newCustomer(lead, in) : customers.get(in.customerId());
            if (customer.companyId() != lead.companyId()) {
                throw ValidationException.of("customerId", Text.of("belongs to another company", "属于其他公司"));
            }
            Long contactId = contact(customer, lead, created, notes);
            Long opportunityId = opportunity(customer, lead, in, notes);
            Instant now = clock.instant();
            sql.update("UPDATE crm_lead SET status = ?, customer_id = ?, opportunity_id = ?, converted_at = ?,"
                    + " updated_at = ? WHERE id = ?", LeadStatus.CONVERTED, customer.partyId(), Sql.orNull(opportunityId),
                    now, now, id);
            sql.update("UPDATE crm_activity SET customer_id = ? WHERE lead_id = ? AND customer_id IS NULL",
                    customer.partyId(), id);
            sql.update("UPDATE crm_follow_up SET customer_id = ? WHERE lead_id = ? AND customer_id IS NULL",
                    customer.partyId(), id);
            sql.one("SELECT occurred_at FROM crm_activity WHERE lead_id = ? ORDER BY occurred_at DESC"
                    + " FETCH FIRST 1 ROWS ONLY", rs -> rs.getTimestamp(1), id)
                    .map(Timestamp::toLocalDateTime)
                    .ifPresent(last -> customers.recordActivity(customer.partyId(), last.toLocalDate()));
            LeadConversion conversion = new LeadConversion(load(id).orElseThrow(), customer.partyId(), customer.code(),
                    contactId, opportunityId, notes);
            audit.record("crm", "convert", "lead", String.valueOf(id), JsonText.write(conversion));
            return conversion;
        });
    }

    private CustomerDto newCustomer(LeadDto lead, LeadConversionInput in) {
        List<DuplicateMatch> matches = CustomerIndex.load(sql, lead.companyId()).matches(LeadKeys.phone(lead.phone()),
                LeadKeys.email(lead.email()), LeadKeys.company(lead.company()));
        if (!matches.isEmpty()) {
            DuplicateMatch m = matches.get(0);
            throw new ConflictException(Text.of("Lead {0} has the same {1} as customer {2} {3}; convert it into that"
                    + " customer by giving customerId {4}", "线索 {0} 与客户 {2} {3} 的{5}相同；请指定 customerId {4}"
                    + " 转入该客户", String.valueOf(lead.id()), m.field(), m.code(), m.name(), String.valueOf(m.id()),
                    fieldZh(m.field())));
        }
        String code = Reps.text(in.customerCode());
        if (code == null) {
            code = numbers.next(lead.companyId(), CUSTOMER_CODE_TYPE, LocalDate.now(clock).getYear());
        }
        String name = first(first(Reps.text(in.customerName()), lead.company()), lead.name());
        return customers.create(new CustomerInput(lead.companyId(), null, code, name, null, null, lead.owner(), List.of(),
                null, lead.industry(), lead.region(), lead.source(), null));
    }

    private Long contact(CustomerDto customer, LeadDto lead, boolean newCustomer, List<String> notes) {
        if (lead.phone() == null && lead.email() == null) {
            notes.add("contact not created: the lead has no phone or e-mail");
            return null;
        }
        String phoneKey = LeadKeys.phone(lead.phone());
        String emailKey = LeadKeys.email(lead.email());
        for (ContactDto known : customers.contacts(customer.partyId())) {
            if (phoneKey != null && phoneKey.equals(LeadKeys.phone(known.phone()))
                    || emailKey != null && emailKey.equals(LeadKeys.email(known.email()))) {
                notes.add("contact not created: " + known.name() + " is already a contact of the customer");
                return known.id();
            }
        }
        return customers.addContact(customer.partyId(), new ContactInput(lead.name(), null, lead.phone(),
                emailKey, null, newCustomer ? Boolean.TRUE : null)).id();
    }

    private Long opportunity(CustomerDto customer, LeadDto lead, LeadConversionInput in, List<String> notes) {
        Opportunities pipeline = opportunities;
        if (pipeline == null) {
            notes.add(PIPELINE_UNAVAILABLE);
            return null;
        }
        String name = Reps.text(in.opportunityName());
        if (name == null) {
            name = customer.name() + " – " + (lead.source() == null ? "new business" : lead.source());
            name = name.length() > 200 ? name.substring(0, 200) : name;
        }
        BigDecimal amount = in.amount() == null ? BigDecimal.ZERO.setScale(2)
                : in.amount().setScale(2, RoundingMode.HALF_UP);
        OpportunityDto opportunity = pipeline.create(new OpportunityInput(lead.companyId(), customer.partyId(), name,
                null, amount, in.expectedCloseDate(), lead.owner(), null, lead.id()));
        customers.recordOpportunity(customer.partyId());
        return opportunity.id();
    }

    // ---------------------------------------------------------------- helpers

    private Validation checks(LeadInput in) {
        Validation v = new Validation();
        v.required("name", Reps.text(in.name())).maxLength("name", in.name(), 100)
                .maxLength("company", in.company(), 200).maxLength("phone", in.phone(), 40)
                .maxLength("email", in.email(), 200).maxLength("region", in.region(), 60)
                .maxLength("industry", in.industry(), 60).maxLength("source", in.source(), 60)
                .maxLength("note", in.note(), NOTE_LENGTH).maxLength("owner", in.owner(), 100);
        String phone = Reps.text(in.phone());
        String email = Reps.text(in.email());
        v.check(phone == null || phone.replaceAll("\\D", "").length() >= MIN_PHONE_DIGITS, "phone",
                Text.of("must have at least {0} digits", "至少 {0} 位数字", MIN_PHONE_DIGITS));
        v.check(email == null || email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "email",
                Text.of("must be an e-mail address", "必须是邮箱地址"));
        v.check(phone != null || email != null || Reps.text(in.company()) != null, "phone",
                Text.of("give a phone, an e-mail or a company", "电话、邮箱和公司至少填一项"));
        Reps.check(v, "owner", Reps.text(in.owner()), users);
        return v;
    }

    private static void requireOpen(LeadDto lead) {
        if (!lead.status().open()) {
            throw new ConflictException(Text.of("Lead {0} is {1}; it can no longer be changed",
                    "线索 {0} {2}，不能再修改", String.valueOf(lead.id()), lead.status(), zh(lead.status())));
        }
    }

    private static Text refusedMove(LeadDto lead, LeadStatus to) {
        if (!lead.status().open()) {
            return Text.of("Lead {0} is {1}; its status can no longer change", "线索 {0} {2}，状态不能再改", String.valueOf(lead.id()),
                    lead.status(), zh(lead.status()));
        }
        if (to == LeadStatus.CONVERTED) {
            return Text.of("Convert lead {0} to make it a customer", "请通过“转化”将线索 {0} 转为客户", String.valueOf(lead.id()));
        }
        return Text.of("Lead {0} is {1} already; it cannot go back to {2}", "线索 {0} {3}，不能退回到“{4}”",
                String.valueOf(lead.id()), lead.status(), to, zh(lead.status()), zh(to));
    }

    private static String zh(LeadStatus status) {
        return switch (status) {
            case NEW -> "新建";
            case CONTACTED -> "已联系";
            case QUALIFIED -> "已确认";
            case CONVERTED -> "已转化";
            case DISQUALIFIED -> "已作废";
        };
    }

    /** "Already a customer: C001 Acme Ltd (same phone), owner li.na", naming every customer matched. */
    private static Text alreadyCustomer(List<DuplicateMatch> matches) {
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        for (DuplicateMatch m : matches) {
            if (m.kind() == DuplicateMatch.Kind.CUSTOMER) {
                en.add(m.code() + " " + m.name() + " (same " + m.field() + ", owner " + m.owner() + ")");
                zh.add(m.code() + " " + m.name() + "（" + fieldZh(m.field()) + "相同，负责人 " + m.owner() + "）");
            }
        }
        return Text.of("Already a customer: {0}", "已是客户：{1}", String.join("; ", en), String.join("；", zh));
    }

    private static String fieldZh(String field) {
        return switch (field) {
            case "phone" -> "电话";
            case "email" -> "邮箱";
            default -> "公司名称";
        };
    }

    private static ImportProblem problem(String field, Text message) {
        return new ImportProblem(field, message.in(Locale.ENGLISH), message.in(Locale.SIMPLIFIED_CHINESE));
    }

    private static int count(List<LeadImportRow> rows, CaptureOutcome outcome) {
        return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    private static String first(String kept, String offered) {
        return Reps.text(kept) != null ? kept : Reps.text(offered);
    }

    private static Object nullable(String s) {
        String t = Reps.text(s);
        return t == null ? Sql.Null.VARCHAR : t;
    }

    /** A lead with its duplicate keys, to say which of them matched. */
    private record LeadRow(LeadDto dto, String phoneKey, String emailKey, String companyKey) {
        String field(String phone, String email, String company) {
            if (phone != null && phone.equals(phoneKey)) {
                return "phone";
            }
            return email != null && email.equals(emailKey) ? "email" : "company";
        }
    }

    private static LeadRow leadRow(ResultSet rs) throws SQLException {
        return new LeadRow(row(rs), rs.getString("phone_key"), rs.getString("email_key"), rs.getString("company_key"));
    }

    private static LeadDto row(ResultSet rs) throws SQLException {
        return new LeadDto(rs.getLong("id"), rs.getLong("company_id"), rs.getString("name"), rs.getString("company_name"),
                rs.getString("phone"), rs.getString("email"), rs.getString("region"), rs.getString("industry"),
                rs.getString("source"), rs.getString("note"), LeadStatus.valueOf(rs.getString("status")),
                rs.getString("owner"), Sql.nullableLong(rs, "rule_id"), rs.getString("assignment"),
                rs.getString("disqualify_reason"), Sql.nullableLong(rs, "customer_id"),
                Sql.nullableLong(rs, "opportunity_id"), Sql.instant(rs, "converted_at"), rs.getString("created_by"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"));
    }
}
