-- Finance reports: the year-end closing (年末结转) of each company and year, and the voucher that posted it.
-- The voucher's source key (YEC:2026) already makes a year close once; this row keeps what was closed to where.

CREATE TABLE fin_year_end_closing (
    company_id BIGINT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    voucher_id BIGINT NOT NULL,
    profit_account VARCHAR(32) NOT NULL,
    retained_earnings_account VARCHAR(32) NOT NULL,
    net_profit DECIMAL(19,2) NOT NULL,
    closed_by VARCHAR(100) NOT NULL,
    closed_at TIMESTAMP NOT NULL,
    CONSTRAINT fin_year_end_closing_pk PRIMARY KEY (company_id, fiscal_year),
    CONSTRAINT fin_year_end_closing_voucher_fk FOREIGN KEY (voucher_id) REFERENCES fin_voucher (id)
);
