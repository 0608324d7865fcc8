-- Demo data: technology managers at every level, one expired and one suspended, with track
-- records credited from the demo region's deals (the events' ids as the event log gave them).
INSERT INTO manager (id, username, display_name, affiliation, affiliation_kind, region, fields, languages, capacity,
                     available, phone, id_number, level, status, certified_until, status_reason, created_at, row_version)
VALUES
    ('00000000-0000-4000-8000-0000000a0001', 'manager', '王敏 Wang Min', '示范技术转移中心 Demo Technology Transfer Centre',
     'SERVICE_ORGANISATION', 'demo', 'BIOMEDICINE,NEW_MATERIALS', 'zh,en', 5, TRUE, '+86 21 5555 0101', 'DEMO000000000001',
     'SENIOR', 'ACTIVE', DATE '2028-06-30', NULL, TIMESTAMP WITH TIME ZONE '2025-06-01 09:00:00+00:00', 1),
    ('00000000-0000-4000-8000-0000000a0002', 'li.na', '李娜 Li Na', '示范大学 Demo University',
     'INSTITUTION', 'demo', 'ELECTRONIC_INFORMATION,ADVANCED_MANUFACTURING', 'zh', 3, TRUE, '+86 21 5555 0102', 'DEMO000000000002',
     'INTERMEDIATE', 'ACTIVE', DATE '2027-12-31', NULL, TIMESTAMP WITH TIME ZONE '2025-07-01 09:00:00+00:00', 1),
    ('00000000-0000-4000-8000-0000000a0003', 'zhang.wei', '张伟 Zhang Wei', '示范知识产权服务所 Demo IP Services',
     'SERVICE_ORGANISATION', 'demo', 'NEW_ENERGY,RESOURCES_ENVIRONMENT,BIOMEDICINE', 'zh,en', 2, TRUE, '+86 21 5555 0103',
     'DEMO000000000003', 'JUNIOR', 'ACTIVE', DATE '2027-03-31', NULL, TIMESTAMP WITH TIME ZONE '2025-08-01 09:00:00+00:00', 1),
    ('00000000-0000-4000-8000-0000000a0004', 'chen.jie', '陈洁 Chen Jie', '示范医学院 Demo Medical College',
     'INSTITUTION', 'demo', 'BIOMEDICINE', 'zh', 2, TRUE, '+86 21 5555 0104', 'DEMO000000000004',
     'JUNIOR', 'EXPIRED', DATE '2026-06-30', 'Certification ran out on 2026-06-30',
     TIMESTAMP WITH TIME ZONE '2023-06-01 09:00:00+00:00', 2),
    ('00000000-0000-4000-8000-0000000a0005', 'zhao.lei', '赵磊 Zhao Lei', '示范创新研究院 Demo Innovation Institute',
     'INSTITUTION', 'demo', 'NEW_MATERIALS,AEROSPACE', 'zh,en', 3, TRUE, '+86 21 5555 0105', 'DEMO000000000005',
     'INTERMEDIATE', 'SUSPENDED', DATE '2027-09-30', 'Under review: a complaint about an undisclosed interest',
     TIMESTAMP WITH TIME ZONE '2025-03-01 09:00:00+00:00', 2);

INSERT INTO certification (id, manager_id, kind, level, hours, evidence, status, reason, decided_by, decided_at, created_at,
                           row_version)
VALUES
    ('00000000-0000-4000-8000-0000000b0001', '00000000-0000-4000-8000-0000000a0001', 'CERTIFICATION', 'SENIOR', 96,
     'CASTEM-SR-2025-0417', 'APPROVED', 'Certificate and training record checked', 'operator',
     TIMESTAMP WITH TIME ZONE '2025-06-30 09:00:00+00:00', TIMESTAMP WITH TIME ZONE '2025-06-20 09:00:00+00:00', 2),
    ('00000000-0000-4000-8000-0000000b0002', '00000000-0000-4000-8000-0000000a0003', 'CERTIFICATION', 'INTERMEDIATE', 70,
     'CASTEM-IM-2026-0088', 'SUBMITTED', NULL, NULL, NULL, TIMESTAMP WITH TIME ZONE '2026-11-20 09:00:00+00:00', 1);

INSERT INTO track_record (event_id, manager_id, type, source, occurred_at, data) VALUES
    ('00000000-0000-4000-8000-0000000c0001', '00000000-0000-4000-8000-0000000a0001', 'incubation.project-advanced', 'incubation',
     TIMESTAMP WITH TIME ZONE '2026-03-15 10:00:00+00:00', '{"projectId":"demo-project-1","stage":"IDEATION"}'),
    ('00000000-0000-4000-8000-0000000c0002', '00000000-0000-4000-8000-0000000a0001', 'incubation.project-advanced', 'incubation',
     TIMESTAMP WITH TIME ZONE '2026-06-20 10:00:00+00:00', '{"projectId":"demo-project-1","stage":"FEASIBILITY"}'),
    ('00000000-0000-4000-8000-0000000c0003', '00000000-0000-4000-8000-0000000a0001', 'licensing.licence-taken-up', 'licensing',
     TIMESTAMP WITH TIME ZONE '2026-07-02 10:00:00+00:00', '{"licenceId":"demo-licence-1","patent":"CN202310000001.X"}'),
    ('00000000-0000-4000-8000-0000000c0004', '00000000-0000-4000-8000-0000000a0001', 'incubation.finance-matched', 'incubation',
     TIMESTAMP WITH TIME ZONE '2026-09-10 10:00:00+00:00', '{"projectId":"demo-project-1","amount":"300000000","currency":"CNY"}'),
    ('00000000-0000-4000-8000-0000000c0005', '00000000-0000-4000-8000-0000000a0002', 'licensing.licence-taken-up', 'licensing',
     TIMESTAMP WITH TIME ZONE '2026-05-05 10:00:00+00:00', '{"licenceId":"demo-licence-2","patent":"CN202210000002.3"}'),
    ('00000000-0000-4000-8000-0000000c0006', '00000000-0000-4000-8000-0000000a0002', 'incubation.project-advanced', 'incubation',
     TIMESTAMP WITH TIME ZONE '2026-08-08 10:00:00+00:00', '{"projectId":"demo-project-2","stage":"IDEATION"}'),
    ('00000000-0000-4000-8000-0000000c0007', '00000000-0000-4000-8000-0000000a0003', 'vouchers.service-delivered', 'vouchers',
     TIMESTAMP WITH TIME ZONE '2026-04-01 10:00:00+00:00', '{"providerId":"demo","holdId":"demo-1","amount":"400000","currency":"CNY"}'),
    ('00000000-0000-4000-8000-0000000c0008', '00000000-0000-4000-8000-0000000a0003', 'vouchers.service-delivered', 'vouchers',
     TIMESTAMP WITH TIME ZONE '2026-10-12 10:00:00+00:00', '{"providerId":"demo","holdId":"demo-2","amount":"250000","currency":"CNY"}');
