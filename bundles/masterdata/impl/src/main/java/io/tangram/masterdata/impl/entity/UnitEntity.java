package io.tangram.masterdata.impl.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "md_unit")
public class UnitEntity {

    @Id
    @Column(name = "code", length = 16)
    public String code;

    @Column(name = "name_en", nullable = false, length = 100)
    public String nameEn;

    @Column(name = "name_zh", nullable = false, length = 100)
    public String nameZh;

    @Column(name = "active", nullable = false)
    public boolean active;
}
