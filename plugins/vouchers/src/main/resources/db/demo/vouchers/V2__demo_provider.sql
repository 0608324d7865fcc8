-- Demo data: a testing lab run by the demo user "provider", admitted to the demo programme, with two services.
INSERT INTO provider (id, name, owner, created_at, row_version)
VALUES ('00000000-0000-4000-8000-00000000d001', '示范检测中心 Demo testing lab', 'provider',
        TIMESTAMP WITH TIME ZONE '2026-01-02 09:00:00+00:00', 1);
INSERT INTO membership (id, provider_id, programme_id, status, reason, decided_by, decided_at, row_version)
VALUES ('00000000-0000-4000-8000-00000000d101', '00000000-0000-4000-8000-00000000d001', '00000000-0000-4000-8000-00000000a001',
        'ACCEPTED', NULL, 'operator', TIMESTAMP WITH TIME ZONE '2026-01-03 09:00:00+00:00', 1);
INSERT INTO service_item (id, provider_id, name, price, currency, created_at) VALUES
    ('00000000-0000-4000-8000-00000000d201', '00000000-0000-4000-8000-00000000d001', '材料性能检测 Material testing', 800000, 'CNY',
     TIMESTAMP WITH TIME ZONE '2026-01-03 10:00:00+00:00'),
    ('00000000-0000-4000-8000-00000000d202', '00000000-0000-4000-8000-00000000d001', '中试工艺验证 Pilot process validation', 5000000,
     'CNY', TIMESTAMP WITH TIME ZONE '2026-01-03 10:05:00+00:00');
