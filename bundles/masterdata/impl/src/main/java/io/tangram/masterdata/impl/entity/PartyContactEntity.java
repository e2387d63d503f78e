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
@Table(name = "md_party_contact")
public class PartyContactEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "party_id", nullable = false)
    public PartyEntity party;

    @Column(name = "line_no", nullable = false)
    public int lineNo;

    @Column(name = "name", nullable = false, length = 100)
    public String name;

    @Column(name = "phone", length = 30)
    public String phone;

    @Column(name = "email", length = 200)
    public String email;
}
