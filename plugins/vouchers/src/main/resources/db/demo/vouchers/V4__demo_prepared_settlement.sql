-- Demo data: a settlement waiting for its second operator. The demo pilot platform ran a
-- 10,000 yuan pilot consultation on the demo voucher last October (the voucher paid half);
-- "operator" batched it with its invoice, so only another operator ("operator2") may approve it.
INSERT INTO voucher_hold (id, voucher_code, provider_id, order_reference, price, voucher_share, holder_share, status,
                          expires_at, created_at, row_version, captured_at, settlement_id)
VALUES ('00000000-0000-4000-8000-00000000e002', 'TH-DEMO00000001', '00000000-0000-4000-8000-00000000d002', 'PILOT-2026-1020',
        1000000, 500000, 500000, 'CAPTURED',
        TIMESTAMP WITH TIME ZONE '2026-10-20 14:30:00+00:00', TIMESTAMP WITH TIME ZONE '2026-10-20 14:00:00+00:00', 2,
        TIMESTAMP WITH TIME ZONE '2026-10-20 14:10:00+00:00', '00000000-0000-4000-8000-00000000f002');
UPDATE voucher SET available = available - 500000, row_version = row_version + 1 WHERE code = 'TH-DEMO00000001';

INSERT INTO settlement (id, programme_id, provider_id, period, amount, currency, status, created_by, created_at,
                        approved_by, approved_at, payment_reference, paid_at, row_version)
VALUES ('00000000-0000-4000-8000-00000000f002', '00000000-0000-4000-8000-00000000a001', '00000000-0000-4000-8000-00000000d002',
        '2026-10', 500000, 'CNY', 'PREPARED', 'operator', TIMESTAMP WITH TIME ZONE '2026-11-03 09:00:00+00:00',
        NULL, NULL, NULL, NULL, 1);
INSERT INTO settlement_evidence (settlement_id, line, reference) VALUES
    ('00000000-0000-4000-8000-00000000f002', 0, 'INV-DEMO-2026-10-002');

INSERT INTO journal (id, kind, reference, region, created_at) VALUES
    ('00000000-0000-4000-8000-00000000b008', 'HOLD', '00000000-0000-4000-8000-00000000e002', 'demo',
     TIMESTAMP WITH TIME ZONE '2026-10-20 14:00:00+00:00'),
    ('00000000-0000-4000-8000-00000000b009', 'CAPTURE', '00000000-0000-4000-8000-00000000e002', 'demo',
     TIMESTAMP WITH TIME ZONE '2026-10-20 14:10:00+00:00'),
    ('00000000-0000-4000-8000-00000000b010', 'SETTLE', '00000000-0000-4000-8000-00000000f002', 'demo',
     TIMESTAMP WITH TIME ZONE '2026-11-03 09:00:00+00:00');
INSERT INTO posting (id, journal_id, account, amount, currency, region) VALUES
    ('00000000-0000-4000-8000-00000000c015', '00000000-0000-4000-8000-00000000b008',
     'programme/00000000-0000-4000-8000-00000000a001/voucher/TH-DEMO00000001/available', -500000, 'CNY', 'demo'),
    ('00000000-0000-4000-8000-00000000c016', '00000000-0000-4000-8000-00000000b008',
     'programme/00000000-0000-4000-8000-00000000a001/voucher/TH-DEMO00000001/held', 500000, 'CNY', 'demo'),
    ('00000000-0000-4000-8000-00000000c017', '00000000-0000-4000-8000-00000000b009',
     'programme/00000000-0000-4000-8000-00000000a001/voucher/TH-DEMO00000001/held', -500000, 'CNY', 'demo'),
    ('00000000-0000-4000-8000-00000000c018', '00000000-0000-4000-8000-00000000b009',
     'programme/00000000-0000-4000-8000-00000000a001/provider/00000000-0000-4000-8000-00000000d002/payable', 500000, 'CNY', 'demo'),
    ('00000000-0000-4000-8000-00000000c019', '00000000-0000-4000-8000-00000000b010',
     'programme/00000000-0000-4000-8000-00000000a001/provider/00000000-0000-4000-8000-00000000d002/payable', -500000, 'CNY', 'demo'),
    ('00000000-0000-4000-8000-00000000c020', '00000000-0000-4000-8000-00000000b010',
     'programme/00000000-0000-4000-8000-00000000a001/provider/00000000-0000-4000-8000-00000000d002/settled', 500000, 'CNY', 'demo');
