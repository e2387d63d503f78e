package io.tangram.masterdata.impl.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "md_currency")
public class CurrencyEntity {

    @Id
    @Column(name = "code", length = 3)
    public String code;

    @Column(name = "name_en", nullable = false, length = 100)
    public String nameEn;

    @Column(name = "name_zh", nullable = false, length = 100)
    public String nameZh;

    @Column(name = "minor_units", nullable = false)
    public int scale;

    @Column(name = "active", nullable = false)
    public boolean active;
}
