package io.tangram.masterdata.impl.entity;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "md_product")
public class ProductEntity {

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

    @Column(name = "unit_code", nullable = false, length = 16)
    public String unitCode;

    @Column(name = "category", length = 100)
    public String category;

    @Column(name = "barcode", length = 32)
    public String barcode;

    @Column(name = "sales_price", precision = 19, scale = 2)
    public BigDecimal salesPrice;

    @Column(name = "sales_currency", length = 3)
    public String salesCurrency;

    @Column(name = "purchase_price", precision = 19, scale = 2)
    public BigDecimal purchasePrice;

    @Column(name = "purchase_currency", length = 3)
    public String purchaseCurrency;

    @Column(name = "tax_rate_code", nullable = false, length = 16)
    public String taxRateCode;

    @Column(name = "product_type", nullable = false, length = 16)
    public String type;

    @Column(name = "active", nullable = false)
    public boolean active;

    @Column(name = "created_at", nullable = false)
    public LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public LocalDateTime updatedAt;
}
