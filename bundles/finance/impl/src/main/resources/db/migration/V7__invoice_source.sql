-- The document an invoice was made from automatically, e.g. the CRM shipment DN-2026-000001 it bills.
-- Unique per company, so a shipment is never invoiced twice (NULLs, for invoices entered by hand, do not collide).
ALTER TABLE fin_invoice ADD COLUMN source_ref VARCHAR(64);
ALTER TABLE fin_invoice ADD CONSTRAINT fin_invoice_source_uq UNIQUE (company_id, source_ref);
