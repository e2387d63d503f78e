package io.tangram.masterdata.impl.entity;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "md_company")
public class CompanyEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "code", nullable = false, length = 32)
    public String code;

    @Column(name = "name", nullable = false, length = 200)
    public String name;

    @Column(name = "name_zh", length = 200)
    public String nameZh;

    @Column(name = "tax_id", length = 18)
    public String taxId;

    @Column(name = "currency", nullable = false, length = 3)
    public String currency;

    @Column(name = "active", nullable = false)
    public boolean active;

    @Column(name = "created_at", nullable = false)
    public LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public LocalDateTime updatedAt;
}
