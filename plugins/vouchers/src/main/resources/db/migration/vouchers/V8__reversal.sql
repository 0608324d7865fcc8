-- A correction: an operator reverses a captured redemption not yet settled, with a reason. The
-- hold keeps its row (status REVERSED) and a CORRECTION journal moves the share back.
ALTER TABLE voucher_hold ADD COLUMN reversal_reason VARCHAR(1000);
ALTER TABLE voucher_hold ADD COLUMN reversed_by VARCHAR(100);
ALTER TABLE voucher_hold ADD COLUMN reversed_at TIMESTAMP WITH TIME ZONE;
