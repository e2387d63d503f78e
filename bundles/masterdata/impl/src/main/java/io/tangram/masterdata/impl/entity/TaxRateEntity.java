package io.tangram.masterdata.impl.entity;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "md_tax_rate")
public class TaxRateEntity {

    @Id
    @Column(name = "code", length = 16)
    public String code;

    @Column(name = "rate", nullable = false, precision = 7, scale = 4)
    public BigDecimal rate;

    @Column(name = "name_en", nullable = false, length = 100)
    public String nameEn;

    @Column(name = "name_zh", nullable = false, length = 100)
    public String nameZh;

    @Column(name = "active", nullable = false)
    public boolean active;
}
