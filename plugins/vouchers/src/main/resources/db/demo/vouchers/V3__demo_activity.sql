-- Demo data: a second provider, a second holder's voucher, and last autumn's money path on the
-- demo voucher: a material test held, captured, settled in 2026-10 with its invoice, approved by
-- a second operator and paid. Every movement is a balanced journal, as the plugin writes them.
INSERT INTO provider (id, name, owner, created_at, row_version)
VALUES ('00000000-0000-4000-8000-00000000d002', '示范中试平台 Demo pilot platform', 'provider',
        TIMESTAMP WITH TIME ZONE '2026-01-04 09:00:00+00:00', 1);
INSERT INTO membership (id, provider_id, programme_id, status, reason, decided_by, decided_at, row_version)
VALUES ('00000000-0000-4000-8000-00000000d102', '00000000-0000-4000-8000-00000000d002', '00000000-0000-4000-8000-00000000a001',
        'ACCEPTED', NULL, 'operator', TIMESTAMP WITH TIME ZONE '2026-01-05 09:00:00+00:00', 1);
INSERT INTO service_item (id, provider_id, name, price, currency, created_at) VALUES
    ('00000000-0000-4000-8000-00000000d203', '00000000-0000-4000-8000-00000000d002', '小批量中试 Small-batch pilot run', 12000000, 'CNY',
     TIMESTAMP WITH TIME ZONE '2026-01-05 10:00:00+00:00');

-- The second demo holder, "sme".
INSERT INTO voucher (code, programme_id, holder, amount, available, held, currency, use_by, redeem_by, row_version)
VALUES ('TH-DEMO00000002', '00000000-0000-4000-8000-00000000a001', 'sme', 5000000, 5000000, 0, 'CNY',
        DATE '2027-06-30', DATE '2027-12-31', 1);
INSERT INTO journal (id, kind, reference, region, created_at)
VALUES ('00000000-0000-4000-8000-00000000b003', 'ISSUE', 'TH-DEMO00000002', 'demo',
        TIMESTAMP WITH TIME ZONE '2026-02-10 09:00:00+00:00');
INSERT INTO posting (id, journal_id, account, amount, currency, region) VALUES
    ('00000000-0000-4000-8000-00000000c005', '00000000-0000-4000-8000-00000000b003',
     'programme/00000000-0000-4000-8000-00000000a001/unissued', -5000000, 'CNY', 'demo'),
    ('00000000-0000-4000-8000-00000000c006', '00000000-0000-4000-8000-00000000b003',
     'programme/00000000-0000-4000-8000-00000000a001/voucher/TH-DEMO00000002/available', 5000000, 'CNY', 'demo');

-- A material test of 8,000 yuan on the demo voucher: the voucher pays half.
INSERT INTO voucher_hold (id, voucher_code, provider_id, order_reference, price, voucher_share, holder_share, status,
                          expires_at, created_at, row_version, captured_at, settlement_id)
VALUES ('00000000-0000-4000-8000-00000000e001', 'TH-DEMO00000001', '00000000-0000-4000-8000-00000000d001', 'LAB-2026-1012',
        800000, 400000, 400000, 'CAPTURED',
        TIMESTAMP WITH TIME ZONE '2026-10-12 10:30:00+00:00', TIMESTAMP WITH TIME ZONE '2026-10-12 10:00:00+00:00', 2,
        TIMESTAMP WITH TIME ZONE '2026-10-12 10:05:00+00:00', '00000000-0000-4000-8000-00000000f001');
UPDATE voucher SET available = available - 400000, row_version = row_version + 1 WHERE code = 'TH-DEMO00000001';

INSERT INTO settlement (id, programme_id, provider_id, period, amount, currency, status, created_by, created_at,
                        approved_by, approved_at, payment_reference, paid_at, row_version)
VALUES ('00000000-0000-4000-8000-00000000f001', '00000000-0000-4000-8000-00000000a001', '00000000-0000-4000-8000-00000000d001',
        '2026-10', 400000, 'CNY', 'PAID', 'operator', TIMESTAMP WITH TIME ZONE '2026-11-02 09:00:00+00:00',
        'operator2', TIMESTAMP WITH TIME ZONE '2026-11-03 09:00:00+00:00', 'BANK-DEMO-0001',
        TIMESTAMP WITH TIME ZONE '2026-11-05 09:00:00+00:00', 3);
INSERT INTO settlement_evidence (settlement_id, line, reference) VALUES
    ('00000000-0000-4000-8000-00000000f001', 0, 'INV-DEMO-2026-10-001'),
    ('00000000-0000-4000-8000-00000000f001', 1, 'Test report TR-DEMO-1012');

INSERT INTO journal (id, kind, reference, region, created_at) VALUES
    ('00000000-0000-4000-8000-00000000b004', 'HOLD', '00000000-0000-4000-8000-00000000e001', 'demo',
     TIMESTAMP WITH TIME ZONE '2026-10-12 10:00:00+00:00'),
    ('00000000-0000-4000-8000-00000000b005', 'CAPTURE', '00000000-0000-4000-8000-00000000e001', 'demo',
     TIMESTAMP WITH TIME ZONE '2026-10-12 10:05:00+00:00'),
    ('00000000-0000-4000-8000-00000000b006', 'SETTLE', '00000000-0000-4000-8000-00000000f001', 'demo',
     TIMESTAMP WITH TIME ZONE '2026-11-02 09:00:00+00:00'),
    ('00000000-0000-4000-8000-00000000b007', 'PAY', '00000000-0000-4000-8000-00000000f001', 'demo',
     TIMESTAMP WITH TIME ZONE '2026-11-05 09:00:00+00:00');
INSERT INTO posting (id, journal_id, account, amount, currency, region) VALUES
    ('00000000-0000-4000-8000-00000000c007', '00000000-0000-4000-8000-00000000b004',
     'programme/00000000-0000-4000-8000-00000000a001/voucher/TH-DEMO00000001/available', -400000, 'CNY', 'demo'),
    ('00000000-0000-4000-8000-00000000c008', '00000000-0000-4000-8000-00000000b004',
     'programme/00000000-0000-4000-8000-00000000a001/voucher/TH-DEMO00000001/held', 400000, 'CNY', 'demo'),
    ('00000000-0000-4000-8000-00000000c009', '00000000-0000-4000-8000-00000000b005',
     'programme/00000000-0000-4000-8000-00000000a001/voucher/TH-DEMO00000001/held', -400000, 'CNY', 'demo'),
    ('00000000-0000-4000-8000-00000000c010', '00000000-0000-4000-8000-00000000b005',
     'programme/00000000-0000-4000-8000-00000000a001/provider/00000000-0000-4000-8000-00000000d001/payable', 400000, 'CNY', 'demo'),
    ('00000000-0000-4000-8000-00000000c011', '00000000-0000-4000-8000-00000000b006',
     'programme/00000000-0000-4000-8000-00000000a001/provider/00000000-0000-4000-8000-00000000d001/payable', -400000, 'CNY', 'demo'),
    ('00000000-0000-4000-8000-00000000c012', '00000000-0000-4000-8000-00000000b006',
     'programme/00000000-0000-4000-8000-00000000a001/provider/00000000-0000-4000-8000-00000000d001/settled', 400000, 'CNY', 'demo'),
    ('00000000-0000-4000-8000-00000000c013', '00000000-0000-4000-8000-00000000b007',
     'programme/00000000-0000-4000-8000-00000000a001/provider/00000000-0000-4000-8000-00000000d001/settled', -400000, 'CNY', 'demo'),
    ('00000000-0000-4000-8000-00000000c014', '00000000-0000-4000-8000-00000000b007',
     'programme/00000000-0000-4000-8000-00000000a001/provider/00000000-0000-4000-8000-00000000d001/paid', 400000, 'CNY', 'demo');
