-- The OA approval a purchase order waits for (its reference, e.g. AP-2026-000001); null while the
-- order is approved with inventory's own permission.
ALTER TABLE inv_purchase_order ADD COLUMN approval_ref VARCHAR(40);
