package io.tangram.crm.impl.lead;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tangram.crm.api.lead.DuplicateMatch;
import io.tangram.platform.api.sql.Sql;

/**
 * A company's customers by the keys of {@link LeadKeys}: their names, and their contacts' phones and
 * e-mails. Phones are stored as typed, so they are normalised here rather than in SQL; the index is
 * read once per capture or per imported file.
 */
final class CustomerIndex {

    /** A customer as a duplicate match shows it. */
    record Customer(long partyId, String code, String name, String owner) {
    }

    private final Map<String, Customer> byPhone = new HashMap<>();
    private final Map<String, Customer> byEmail = new HashMap<>();
    private final Map<String, Customer> byName = new HashMap<>();

    static CustomerIndex load(Sql sql, long companyId) {
        CustomerIndex index = new CustomerIndex();
        Map<Long, Customer> customers = new LinkedHashMap<>();
        for (Customer c : sql.list("SELECT party_id, code, name, owner FROM crm_customer WHERE company_id = ? ORDER BY code",
                rs -> new Customer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), companyId)) {
            customers.put(c.partyId(), c);
            put(index.byName, LeadKeys.company(c.name()), c);
        }
        record Contact(long partyId, String phone, String email) {
        }
        for (Contact contact : sql.list("SELECT ct.party_id, ct.phone, ct.email FROM crm_contact ct JOIN crm_customer c"
                + " ON c.party_id = ct.party_id WHERE c.company_id = ? ORDER BY c.code, ct.id",
                rs -> new Contact(rs.getLong(1), rs.getString(2), rs.getString(3)), companyId)) {
            Customer c = customers.get(contact.partyId());
            put(index.byPhone, LeadKeys.phone(contact.phone()), c);
            put(index.byEmail, LeadKeys.email(contact.email()), c);
        }
        return index;
    }

    private static void put(Map<String, Customer> map, String key, Customer c) {
        if (key != null) {
            map.putIfAbsent(key, c);
        }
    }

    /** The customers with the same phone, e-mail or name, each once, under the first field that matched. */
    List<DuplicateMatch> matches(String phoneKey, String emailKey, String companyKey) {
        Map<Long, DuplicateMatch> found = new LinkedHashMap<>();
        add(found, byPhone, phoneKey, "phone");
        add(found, byEmail, emailKey, "email");
        add(found, byName, companyKey, "company");
        return new ArrayList<>(found.values());
    }

    private static void add(Map<Long, DuplicateMatch> found, Map<String, Customer> map, String key, String field) {
        Customer c = key == null ? null : map.get(key);
        if (c != null) {
            found.putIfAbsent(c.partyId(), new DuplicateMatch(DuplicateMatch.Kind.CUSTOMER, c.partyId(), c.code(),
                    c.name(), c.owner(), field));
        }
    }
}
