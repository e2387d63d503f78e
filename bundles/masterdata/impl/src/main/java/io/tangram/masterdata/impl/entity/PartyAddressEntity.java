package io.tangram.masterdata.impl.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

@Entity
@Table(name = "md_party_address")
public class PartyAddressEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "party_id", nullable = false)
    public PartyEntity party;

    @Column(name = "line_no", nullable = false)
    public int lineNo;

    @Column(name = "address_type", nullable = false, length = 16)
    public String type;

    @Column(name = "street", nullable = false, length = 200)
    public String street;

    @Column(name = "city", nullable = false, length = 100)
    public String city;

    @Column(name = "province", length = 100)
    public String province;

    @Column(name = "postal_code", length = 20)
    public String postalCode;

    @Column(name = "country", nullable = false, length = 2)
    public String country;
}
