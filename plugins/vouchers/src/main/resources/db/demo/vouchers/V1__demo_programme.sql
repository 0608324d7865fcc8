-- Demo data: a funded programme and a voucher for the demo holder, with their balanced journals.
INSERT INTO programme (id, name, sponsor, budget, currency, subsidy_basis_points, cap_per_voucher, starts_on, ends_on, row_version)
VALUES ('00000000-0000-4000-8000-00000000a001', '2026 科技创新券 Innovation vouchers', '示范区科技局 Demo science bureau',
        500000000, 'CNY', 5000, 20000000, DATE '2026-01-01', DATE '2027-12-31', 1);

INSERT INTO journal (id, kind, reference, region, created_at)
VALUES ('00000000-0000-4000-8000-00000000b001', 'FUND', '00000000-0000-4000-8000-00000000a001', 'demo',
        TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00:00');
INSERT INTO posting (id, journal_id, account, amount, currency, region) VALUES
    ('00000000-0000-4000-8000-00000000c001', '00000000-0000-4000-8000-00000000b001',
     'programme/00000000-0000-4000-8000-00000000a001/sponsor', -500000000, 'CNY', 'demo'),
    ('00000000-0000-4000-8000-00000000c002', '00000000-0000-4000-8000-00000000b001',
     'programme/00000000-0000-4000-8000-00000000a001/unissued', 500000000, 'CNY', 'demo');

INSERT INTO voucher (code, programme_id, holder, amount, available, held, currency, use_by, redeem_by, row_version)
VALUES ('TH-DEMO00000001', '00000000-0000-4000-8000-00000000a001', 'holder', 10000000, 10000000, 0, 'CNY',
        DATE '2027-06-30', DATE '2027-12-31', 1);
INSERT INTO journal (id, kind, reference, region, created_at)
VALUES ('00000000-0000-4000-8000-00000000b002', 'ISSUE', 'TH-DEMO00000001', 'demo',
        TIMESTAMP WITH TIME ZONE '2026-01-05 09:00:00+00:00');
INSERT INTO posting (id, journal_id, account, amount, currency, region) VALUES
    ('00000000-0000-4000-8000-00000000c003', '00000000-0000-4000-8000-00000000b002',
     'programme/00000000-0000-4000-8000-00000000a001/unissued', -10000000, 'CNY', 'demo'),
    ('00000000-0000-4000-8000-00000000c004', '00000000-0000-4000-8000-00000000b002',
     'programme/00000000-0000-4000-8000-00000000a001/voucher/TH-DEMO00000001/available', 10000000, 'CNY', 'demo');
