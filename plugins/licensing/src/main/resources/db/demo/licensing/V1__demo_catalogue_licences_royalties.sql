-- Demo data: a catalogue of two patents, an open-licence offer and a pay-after-use offer, the demo
-- user "holder" as licensee (one open licence, one trial, one converted trial), revenue reports
-- and invoices (one paid, two open, one report late).
INSERT INTO patent (id, patent_number, title, kind, owners, expires_on, status, field, abstract_text,
                    evaluation_report, voucher_provider_id, created_at, row_version) VALUES
    ('00000000-0000-4000-8000-00000000f001', 'ZL202110123456.7', '一种固态电池电解质 Solid-state battery electrolyte',
     'INVENTION', '示范大学 Demo University' || CHR(10) || '示范研究院 Demo Institute', DATE '2041-03-15', 'IN_FORCE',
     'new energy', 'A sulphide electrolyte that stays stable in air, for solid-state lithium cells.', NULL, NULL,
     TIMESTAMP WITH TIME ZONE '2025-01-06 09:00:00+00:00', 1),
    ('00000000-0000-4000-8000-00000000f002', 'ZL202220654321.0', '一种智能灌溉阀 Smart irrigation valve',
     'UTILITY_MODEL', '示范大学 Demo University', DATE '2032-05-20', 'IN_FORCE',
     'agriculture', 'A valve that opens by soil moisture, with no power supply.', 'PJ-2024-0001', NULL,
     TIMESTAMP WITH TIME ZONE '2025-01-06 09:30:00+00:00', 1);

-- 3% of net sales up to 1,000,000 yuan, 2% above; at least 10,000 and at most 50,000 yuan a year; 36 months.
-- Per unit, 5 yuan, for 24 months after a one-year trial.
INSERT INTO offer (id, patent_id, kind, schedule_type, schedule_params, currency, annual_minimum, annual_cap,
                   term_months, trial_days, field_of_use, status, consents, published_at, created_at, row_version) VALUES
    ('00000000-0000-4000-8000-00000000f101', '00000000-0000-4000-8000-00000000f001', 'OPEN_LICENCE', 'net-sales',
     'tiers=0:300,100000000:200' || CHR(10), 'CNY', 1000000, 5000000, 36, NULL, 'battery manufacturing', 'PUBLISHED',
     '示范大学 Demo University' || CHR(10) || '示范研究院 Demo Institute' || CHR(10),
     TIMESTAMP WITH TIME ZONE '2025-01-10 09:00:00+00:00', TIMESTAMP WITH TIME ZONE '2025-01-08 09:00:00+00:00', 2),
    ('00000000-0000-4000-8000-00000000f102', '00000000-0000-4000-8000-00000000f002', 'PAY_AFTER_USE', 'per-unit',
     'fee=500' || CHR(10), 'CNY', NULL, NULL, 24, 365, 'irrigation equipment', 'PUBLISHED',
     '示范大学 Demo University' || CHR(10),
     TIMESTAMP WITH TIME ZONE '2025-01-10 10:00:00+00:00', TIMESTAMP WITH TIME ZONE '2025-01-08 10:00:00+00:00', 2);

INSERT INTO licence (id, offer_id, patent_number, licensee, kind, status, broker_id, starts_on, trial_ends_on,
                     royalties_from, ends_on, recordation_due, recorded_on, record_number, decided_at, trial_outcome,
                     created_at, row_version) VALUES
    -- an open licence, recorded in time
    ('00000000-0000-4000-8000-00000000f201', '00000000-0000-4000-8000-00000000f101', 'ZL202110123456.7', 'holder',
     'OPEN_LICENCE', 'ACTIVE', NULL, DATE '2026-01-05', NULL, DATE '2026-01-05', DATE '2029-01-04', DATE '2026-04-05',
     DATE '2026-03-20', '2026110000001', NULL, NULL, TIMESTAMP WITH TIME ZONE '2026-01-05 02:00:00+00:00', 1),
    -- a trial still running
    ('00000000-0000-4000-8000-00000000f202', '00000000-0000-4000-8000-00000000f102', 'ZL202220654321.0', 'holder',
     'PAY_AFTER_USE', 'TRIAL', NULL, DATE '2026-09-01', DATE '2027-08-31', NULL, NULL, DATE '2026-12-01',
     NULL, NULL, NULL, NULL, TIMESTAMP WITH TIME ZONE '2026-09-01 02:00:00+00:00', 1),
    -- a trial converted on 2026-02-20
    ('00000000-0000-4000-8000-00000000f203', '00000000-0000-4000-8000-00000000f102', 'ZL202220654321.0', 'holder',
     'PAY_AFTER_USE', 'ACTIVE', NULL, DATE '2025-03-01', DATE '2026-02-28', DATE '2026-02-20', DATE '2028-02-19',
     DATE '2025-06-01', DATE '2025-05-10', '2025110000042', TIMESTAMP WITH TIME ZONE '2026-02-20 03:00:00+00:00',
     'CONVERTED', TIMESTAMP WITH TIME ZONE '2025-03-01 02:00:00+00:00', 2);

INSERT INTO trial_report (id, licence_id, usage_text, performance, units, reported_at) VALUES
    ('00000000-0000-4000-8000-00000000f251', '00000000-0000-4000-8000-00000000f202', '试点农场 2 个 Two pilot farms',
     '节水 18% Water use down 18%', 40, TIMESTAMP WITH TIME ZONE '2026-10-15 06:00:00+00:00');

-- f201, year 1: 40,000,000 fen of net sales at 3% = 1,200,000; then 20,000,000 more: 1,800,000 so far, 600,000 due (reported late).
-- f203, year 1: 1,000 units at 500 fen = 500,000.
INSERT INTO revenue_report (id, licence_id, licence_year, period_from, period_to, net_sales, profit, units, currency,
                            royalty, due_by, late, reported_at) VALUES
    ('00000000-0000-4000-8000-00000000f301', '00000000-0000-4000-8000-00000000f201', 1, DATE '2026-01-05',
     DATE '2026-06-30', 40000000, 6000000, 0, 'CNY', 1200000, DATE '2026-07-30', FALSE,
     TIMESTAMP WITH TIME ZONE '2026-07-10 06:00:00+00:00'),
    ('00000000-0000-4000-8000-00000000f302', '00000000-0000-4000-8000-00000000f201', 1, DATE '2026-07-01',
     DATE '2026-09-30', 20000000, 2500000, 0, 'CNY', 600000, DATE '2026-10-30', TRUE,
     TIMESTAMP WITH TIME ZONE '2026-11-05 06:00:00+00:00'),
    ('00000000-0000-4000-8000-00000000f303', '00000000-0000-4000-8000-00000000f203', 1, DATE '2026-02-20',
     DATE '2026-06-30', 0, 0, 1000, 'CNY', 500000, DATE '2026-07-30', FALSE,
     TIMESTAMP WITH TIME ZONE '2026-07-15 06:00:00+00:00');

INSERT INTO invoice (id, licence_id, report_id, licensee, amount, paid, currency, status, issued_on, due_on,
                     row_version) VALUES
    ('00000000-0000-4000-8000-00000000f401', '00000000-0000-4000-8000-00000000f201',
     '00000000-0000-4000-8000-00000000f301', 'holder', 1200000, 1200000, 'CNY', 'PAID', DATE '2026-07-10',
     DATE '2026-08-09', 2),
    ('00000000-0000-4000-8000-00000000f402', '00000000-0000-4000-8000-00000000f201',
     '00000000-0000-4000-8000-00000000f302', 'holder', 600000, 0, 'CNY', 'OPEN', DATE '2026-11-05',
     DATE '2026-12-05', 1),
    ('00000000-0000-4000-8000-00000000f403', '00000000-0000-4000-8000-00000000f203',
     '00000000-0000-4000-8000-00000000f303', 'holder', 500000, 0, 'CNY', 'OPEN', DATE '2026-07-15',
     DATE '2026-08-14', 1);

INSERT INTO payment (id, invoice_id, amount, currency, method, reference, recorded_by, paid_at) VALUES
    ('00000000-0000-4000-8000-00000000f501', '00000000-0000-4000-8000-00000000f401', 1200000, 'CNY', 'TRANSFER',
     'BANK-2026-0731-001', 'operator', TIMESTAMP WITH TIME ZONE '2026-07-31 07:00:00+00:00');
