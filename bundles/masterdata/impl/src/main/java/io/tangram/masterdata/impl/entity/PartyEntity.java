package io.tangram.masterdata.impl.entity;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;

@Entity
@Table(name = "md_party")
public class PartyEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "company_id", nullable = false)
    public long companyId;

    @Column(name = "code", nullable = false, length = 32)
    public String code;

    @Column(name = "name", nullable = false, length = 200)
    public String name;

    @Column(name = "is_customer", nullable = false)
    public boolean customer;

    @Column(name = "is_supplier", nullable = false)
    public boolean supplier;

    @Column(name = "tax_id", length = 18)
    public String taxId;

    @Column(name = "payment_terms_days", nullable = false)
    public int paymentTermsDays;

    @Column(name = "currency", nullable = false, length = 3)
    public String currency;

    @Column(name = "active", nullable = false)
    public boolean active;

    @Column(name = "created_at", nullable = false)
    public LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public LocalDateTime updatedAt;

    @OneToMany(mappedBy = "party", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    public List<PartyAddressEntity> addresses = new ArrayList<>();

    @OneToMany(mappedBy = "party", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    public List<PartyContactEntity> contacts = new ArrayList<>();
}
