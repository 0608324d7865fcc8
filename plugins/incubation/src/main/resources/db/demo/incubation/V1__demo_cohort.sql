-- Demo data: one proof-of-concept cohort with projects at every stage, their reviewers, reviews,
-- decisions, funding, KPI reports and outcomes. Generated consistently: every decision has the
-- non-conflicted reviews behind it, every admitted project its stage passages.
INSERT INTO programme (id, name, currency, created_by, created_at, row_version) VALUES ('00000000-0000-4000-8000-0000000c0001', '2026 概念验证 Proof-of-concept cohort', 'CNY', 'operator', TIMESTAMP WITH TIME ZONE '2026-01-10 09:00:00+00:00', 1);
INSERT INTO programme_stage (id, programme_id, stage, deadline, funding_cap, scorecard, gate_rule, gate_parameter) VALUES ('00000000-0000-4000-8000-0000000c0101', '00000000-0000-4000-8000-0000000c0001', 'IDEATION', DATE '2026-04-30', 20000000, 'ideation', 'min-trl', '3');
INSERT INTO programme_stage (id, programme_id, stage, deadline, funding_cap, scorecard, gate_rule, gate_parameter) VALUES ('00000000-0000-4000-8000-0000000c0102', '00000000-0000-4000-8000-0000000c0001', 'FEASIBILITY', DATE '2026-08-31', 50000000, 'feasibility', 'min-score', '70');
INSERT INTO programme_stage (id, programme_id, stage, deadline, funding_cap, scorecard, gate_rule, gate_parameter) VALUES ('00000000-0000-4000-8000-0000000c0103', '00000000-0000-4000-8000-0000000c0001', 'COMMERCIAL', DATE '2026-12-31', 100000000, 'commercial', 'min-score', '70');
INSERT INTO programme_stage (id, programme_id, stage, deadline, funding_cap, scorecard, gate_rule, gate_parameter) VALUES ('00000000-0000-4000-8000-0000000c0104', '00000000-0000-4000-8000-0000000c0001', 'SCENARIO', DATE '2027-06-30', 200000000, 'scenario', 'min-score', '70');
INSERT INTO project (id, programme_id, title, institution, team, field, trl, ip_references, requested_funding, currency, applicant, status, stage, round, manager_id, submitted_at, screened_by, screened_at, screening_reason, row_version) VALUES ('00000000-0000-4000-8000-0000000c1001', '00000000-0000-4000-8000-0000000c0001', '柔性钙钛矿电池 Flexible perovskite cell', '示范大学 Demo University', 'Prof. Chen
Dr. Zhao', 'NEW_ENERGY', 3, 'CN202410112233.4', 30000000, 'CNY', 'holder', 'SCREENING', 'IDEATION', 1, NULL, TIMESTAMP WITH TIME ZONE '2026-02-19 09:00:00+00:00', NULL, NULL, NULL, 1);
INSERT INTO project (id, programme_id, title, institution, team, field, trl, ip_references, requested_funding, currency, applicant, status, stage, round, manager_id, submitted_at, screened_by, screened_at, screening_reason, row_version) VALUES ('00000000-0000-4000-8000-0000000c1002', '00000000-0000-4000-8000-0000000c0001', '石墨烯传感器 Graphene gas sensor', '示范大学 Demo University', 'Prof. Li
Dr. Wang
Ms. Sun', 'NEW_MATERIALS', 4, 'CN202310123456.7
CN202320654321.0', 50000000, 'CNY', 'holder', 'ACTIVE', 'IDEATION', 1, NULL, TIMESTAMP WITH TIME ZONE '2026-01-15 09:00:00+00:00', 'operator', TIMESTAMP WITH TIME ZONE '2026-01-17 09:00:00+00:00', '符合计划方向 Fits the programme: a patented result and a committed team', 1);
INSERT INTO stage_passage (id, project_id, stage, entered_at, left_at, outcome) VALUES ('00000000-0000-4000-8000-d00000000001', '00000000-0000-4000-8000-0000000c1002', 'IDEATION', TIMESTAMP WITH TIME ZONE '2026-01-17 09:00:00+00:00', NULL, NULL);
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000002', '00000000-0000-4000-8000-0000000c1002', 'IDEATION', 'reviewer', '独立评审专家库 Independent review panel', 'operator', TIMESTAMP WITH TIME ZONE '2026-01-19 09:00:00+00:00', NULL, NULL);
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000003', '00000000-0000-4000-8000-0000000c1002', 'IDEATION', 'reviewer-b', '示范投资 Demo Capital', 'operator', TIMESTAMP WITH TIME ZONE '2026-01-19 09:00:00+00:00', NULL, NULL);
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000004', '00000000-0000-4000-8000-0000000c1002', 'IDEATION', 'reviewer-c', '示范产业联盟 Demo Industry Alliance', 'operator', TIMESTAMP WITH TIME ZONE '2026-01-19 09:00:00+00:00', NULL, NULL);
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000005', '00000000-0000-4000-8000-0000000c1002', 'IDEATION', 1, 'reviewer-b', 'novelty=82
team=78
ip=80
', 80.20, 'Promising sensitivity data', TIMESTAMP WITH TIME ZONE '2026-01-22 09:00:00+00:00');
INSERT INTO funding_grant (id, project_id, stage, amount, currency, purpose, granted_by, granted_at) VALUES ('00000000-0000-4000-8000-b00000000006', '00000000-0000-4000-8000-0000000c1002', 'IDEATION', 5000000, 'CNY', 'Materials for the first samples', 'operator', TIMESTAMP WITH TIME ZONE '2026-01-20 09:00:00+00:00');
INSERT INTO project (id, programme_id, title, institution, team, field, trl, ip_references, requested_funding, currency, applicant, status, stage, round, manager_id, submitted_at, screened_by, screened_at, screening_reason, row_version) VALUES ('00000000-0000-4000-8000-0000000c1003', '00000000-0000-4000-8000-0000000c0001', '酶法合成工艺 Enzymatic synthesis route', '示范研究院 Demo Institute', 'Dr. Liu
Dr. Huang', 'BIOMEDICINE', 4, 'CN202210998877.1', 80000000, 'CNY', 'applicant-b', 'ACTIVE', 'FEASIBILITY', 1, NULL, TIMESTAMP WITH TIME ZONE '2026-01-13 09:00:00+00:00', 'operator', TIMESTAMP WITH TIME ZONE '2026-01-15 09:00:00+00:00', '符合计划方向 Fits the programme: a patented result and a committed team', 1);
INSERT INTO stage_passage (id, project_id, stage, entered_at, left_at, outcome) VALUES ('00000000-0000-4000-8000-d00000000007', '00000000-0000-4000-8000-0000000c1003', 'IDEATION', TIMESTAMP WITH TIME ZONE '2026-01-15 09:00:00+00:00', TIMESTAMP WITH TIME ZONE '2026-02-09 09:00:00+00:00', 'ADVANCE');
INSERT INTO stage_passage (id, project_id, stage, entered_at, left_at, outcome) VALUES ('00000000-0000-4000-8000-d00000000008', '00000000-0000-4000-8000-0000000c1003', 'FEASIBILITY', TIMESTAMP WITH TIME ZONE '2026-02-09 09:00:00+00:00', NULL, NULL);
INSERT INTO funding_grant (id, project_id, stage, amount, currency, purpose, granted_by, granted_at) VALUES ('00000000-0000-4000-8000-b00000000009', '00000000-0000-4000-8000-0000000c1003', 'IDEATION', 15000000, 'CNY', 'Enzyme screening', 'operator', TIMESTAMP WITH TIME ZONE '2026-01-20 09:00:00+00:00');
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000010', '00000000-0000-4000-8000-0000000c1003', 'IDEATION', 'reviewer', '独立评审专家库 Independent review panel', 'operator', TIMESTAMP WITH TIME ZONE '2026-02-04 09:00:00+00:00', NULL, NULL);
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000011', '00000000-0000-4000-8000-0000000c1003', 'IDEATION', 'reviewer-b', '示范投资 Demo Capital', 'operator', TIMESTAMP WITH TIME ZONE '2026-02-04 09:00:00+00:00', NULL, NULL);
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000012', '00000000-0000-4000-8000-0000000c1003', 'IDEATION', 'reviewer-c', '示范产业联盟 Demo Industry Alliance', 'operator', TIMESTAMP WITH TIME ZONE '2026-02-04 09:00:00+00:00', NULL, NULL);
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000013', '00000000-0000-4000-8000-0000000c1003', 'IDEATION', 1, 'reviewer', 'novelty=85
team=80
ip=78
', 81.40, '创新性强 Clearly novel', TIMESTAMP WITH TIME ZONE '2026-02-07 09:00:00+00:00');
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000014', '00000000-0000-4000-8000-0000000c1003', 'IDEATION', 1, 'reviewer-b', 'novelty=80
team=82
ip=75
', 79.10, 'Solid team', TIMESTAMP WITH TIME ZONE '2026-02-07 09:00:00+00:00');
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000015', '00000000-0000-4000-8000-0000000c1003', 'IDEATION', 1, 'reviewer-c', 'novelty=78
team=75
ip=80
', 77.70, 'Good IP position', TIMESTAMP WITH TIME ZONE '2026-02-07 09:00:00+00:00');
INSERT INTO decision (id, project_id, stage, round, outcome, reason, weighted_score, reviews, decided_by, decided_at) VALUES ('00000000-0000-4000-8000-a00000000016', '00000000-0000-4000-8000-0000000c1003', 'IDEATION', 1, 'ADVANCE', '三位评审一致看好 Novel route, strong IP', 79.40, 3, 'operator', TIMESTAMP WITH TIME ZONE '2026-02-09 09:00:00+00:00');
INSERT INTO project (id, programme_id, title, institution, team, field, trl, ip_references, requested_funding, currency, applicant, status, stage, round, manager_id, submitted_at, screened_by, screened_at, screening_reason, row_version) VALUES ('00000000-0000-4000-8000-0000000c1004', '00000000-0000-4000-8000-0000000c0001', '工业机器人视觉 Vision for industrial robots', '示范大学 Demo University', 'Prof. Zhou
Mr. Wu', 'ADVANCED_MANUFACTURING', 5, 'CN202110334455.2', 120000000, 'CNY', 'holder', 'ACTIVE', 'COMMERCIAL', 1, NULL, TIMESTAMP WITH TIME ZONE '2026-01-11 09:00:00+00:00', 'operator', TIMESTAMP WITH TIME ZONE '2026-01-13 09:00:00+00:00', '符合计划方向 Fits the programme: a patented result and a committed team', 1);
INSERT INTO stage_passage (id, project_id, stage, entered_at, left_at, outcome) VALUES ('00000000-0000-4000-8000-d00000000017', '00000000-0000-4000-8000-0000000c1004', 'IDEATION', TIMESTAMP WITH TIME ZONE '2026-01-13 09:00:00+00:00', TIMESTAMP WITH TIME ZONE '2026-01-30 09:00:00+00:00', 'ADVANCE');
INSERT INTO stage_passage (id, project_id, stage, entered_at, left_at, outcome) VALUES ('00000000-0000-4000-8000-d00000000018', '00000000-0000-4000-8000-0000000c1004', 'FEASIBILITY', TIMESTAMP WITH TIME ZONE '2026-01-30 09:00:00+00:00', TIMESTAMP WITH TIME ZONE '2026-03-21 09:00:00+00:00', 'ADVANCE');
INSERT INTO stage_passage (id, project_id, stage, entered_at, left_at, outcome) VALUES ('00000000-0000-4000-8000-d00000000019', '00000000-0000-4000-8000-0000000c1004', 'COMMERCIAL', TIMESTAMP WITH TIME ZONE '2026-03-21 09:00:00+00:00', NULL, NULL);
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000020', '00000000-0000-4000-8000-0000000c1004', 'IDEATION', 'reviewer', '独立评审专家库 Independent review panel', 'operator', TIMESTAMP WITH TIME ZONE '2026-01-25 09:00:00+00:00', NULL, NULL);
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000021', '00000000-0000-4000-8000-0000000c1004', 'IDEATION', 'reviewer-b', '示范投资 Demo Capital', 'operator', TIMESTAMP WITH TIME ZONE '2026-01-25 09:00:00+00:00', NULL, NULL);
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000022', '00000000-0000-4000-8000-0000000c1004', 'IDEATION', 'reviewer-c', '示范产业联盟 Demo Industry Alliance', 'operator', TIMESTAMP WITH TIME ZONE '2026-01-25 09:00:00+00:00', NULL, NULL);
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000023', '00000000-0000-4000-8000-0000000c1004', 'IDEATION', 1, 'reviewer', 'novelty=85
team=80
ip=78
', 81.40, '创新性强 Clearly novel', TIMESTAMP WITH TIME ZONE '2026-01-28 09:00:00+00:00');
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000024', '00000000-0000-4000-8000-0000000c1004', 'IDEATION', 1, 'reviewer-b', 'novelty=80
team=82
ip=75
', 79.10, 'Solid team', TIMESTAMP WITH TIME ZONE '2026-01-28 09:00:00+00:00');
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000025', '00000000-0000-4000-8000-0000000c1004', 'IDEATION', 1, 'reviewer-c', 'novelty=78
team=75
ip=80
', 77.70, 'Good IP position', TIMESTAMP WITH TIME ZONE '2026-01-28 09:00:00+00:00');
INSERT INTO decision (id, project_id, stage, round, outcome, reason, weighted_score, reviews, decided_by, decided_at) VALUES ('00000000-0000-4000-8000-a00000000026', '00000000-0000-4000-8000-0000000c1004', 'IDEATION', 1, 'ADVANCE', 'Clear industrial need', 79.40, 3, 'operator', TIMESTAMP WITH TIME ZONE '2026-01-30 09:00:00+00:00');
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000027', '00000000-0000-4000-8000-0000000c1004', 'FEASIBILITY', 'reviewer', '独立评审专家库 Independent review panel', 'operator', TIMESTAMP WITH TIME ZONE '2026-02-19 09:00:00+00:00', NULL, NULL);
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000028', '00000000-0000-4000-8000-0000000c1004', 'FEASIBILITY', 'reviewer-b', '示范投资 Demo Capital', 'operator', TIMESTAMP WITH TIME ZONE '2026-02-19 09:00:00+00:00', NULL, NULL);
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000029', '00000000-0000-4000-8000-0000000c1004', 'FEASIBILITY', 'reviewer-c', '示范产业联盟 Demo Industry Alliance', 'operator', TIMESTAMP WITH TIME ZONE '2026-02-19 09:00:00+00:00', NULL, NULL);
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000030', '00000000-0000-4000-8000-0000000c1004', 'FEASIBILITY', 1, 'reviewer', 'technical=60
resources=55
risk=50
', 56.25, 'Prototype not yet stable', TIMESTAMP WITH TIME ZONE '2026-02-22 09:00:00+00:00');
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000031', '00000000-0000-4000-8000-0000000c1004', 'FEASIBILITY', 1, 'reviewer-b', 'technical=62
resources=58
risk=60
', 60.50, 'Risks under-estimated', TIMESTAMP WITH TIME ZONE '2026-02-22 09:00:00+00:00');
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000032', '00000000-0000-4000-8000-0000000c1004', 'FEASIBILITY', 1, 'reviewer-c', 'technical=55
resources=60
risk=58
', 57.00, 'Plan too thin', TIMESTAMP WITH TIME ZONE '2026-02-22 09:00:00+00:00');
INSERT INTO decision (id, project_id, stage, round, outcome, reason, weighted_score, reviews, decided_by, decided_at) VALUES ('00000000-0000-4000-8000-a00000000033', '00000000-0000-4000-8000-0000000c1004', 'FEASIBILITY', 1, 'REVISE', '原型不稳定，补充测试后再审 Prototype unstable: retest and come back', 57.92, 3, 'operator', TIMESTAMP WITH TIME ZONE '2026-02-24 09:00:00+00:00');
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000034', '00000000-0000-4000-8000-0000000c1004', 'FEASIBILITY', 2, 'reviewer', 'technical=85
resources=80
risk=78
', 82.00, '创新性强 Clearly novel', TIMESTAMP WITH TIME ZONE '2026-03-19 09:00:00+00:00');
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000035', '00000000-0000-4000-8000-0000000c1004', 'FEASIBILITY', 2, 'reviewer-b', 'technical=80
resources=82
risk=75
', 79.25, 'Solid team', TIMESTAMP WITH TIME ZONE '2026-03-19 09:00:00+00:00');
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000036', '00000000-0000-4000-8000-0000000c1004', 'FEASIBILITY', 2, 'reviewer-c', 'technical=78
resources=75
risk=80
', 77.75, 'Good IP position', TIMESTAMP WITH TIME ZONE '2026-03-19 09:00:00+00:00');
INSERT INTO decision (id, project_id, stage, round, outcome, reason, weighted_score, reviews, decided_by, decided_at) VALUES ('00000000-0000-4000-8000-a00000000037', '00000000-0000-4000-8000-0000000c1004', 'FEASIBILITY', 2, 'ADVANCE', 'Retest passed on the pilot line', 79.67, 3, 'operator', TIMESTAMP WITH TIME ZONE '2026-03-21 09:00:00+00:00');
INSERT INTO funding_grant (id, project_id, stage, amount, currency, purpose, granted_by, granted_at) VALUES ('00000000-0000-4000-8000-b00000000038', '00000000-0000-4000-8000-0000000c1004', 'IDEATION', 20000000, 'CNY', 'Camera rig', 'operator', TIMESTAMP WITH TIME ZONE '2026-01-15 09:00:00+00:00');
INSERT INTO funding_grant (id, project_id, stage, amount, currency, purpose, granted_by, granted_at) VALUES ('00000000-0000-4000-8000-b00000000039', '00000000-0000-4000-8000-0000000c1004', 'FEASIBILITY', 40000000, 'CNY', 'Pilot line tests', 'operator', TIMESTAMP WITH TIME ZONE '2026-02-04 09:00:00+00:00');
INSERT INTO project (id, programme_id, title, institution, team, field, trl, ip_references, requested_funding, currency, applicant, status, stage, round, manager_id, submitted_at, screened_by, screened_at, screening_reason, row_version) VALUES ('00000000-0000-4000-8000-0000000c1005', '00000000-0000-4000-8000-0000000c0001', '水处理膜材料 Membrane for water treatment', '示范研究院 Demo Institute', 'Prof. Ma
Dr. Yang', 'RESOURCES_ENVIRONMENT', 6, 'CN201910556677.8', 200000000, 'CNY', 'applicant-c', 'ACTIVE', 'SCENARIO', 1, NULL, TIMESTAMP WITH TIME ZONE '2026-01-10 09:00:00+00:00', 'operator', TIMESTAMP WITH TIME ZONE '2026-01-12 09:00:00+00:00', '符合计划方向 Fits the programme: a patented result and a committed team', 1);
INSERT INTO stage_passage (id, project_id, stage, entered_at, left_at, outcome) VALUES ('00000000-0000-4000-8000-d00000000040', '00000000-0000-4000-8000-0000000c1005', 'IDEATION', TIMESTAMP WITH TIME ZONE '2026-01-12 09:00:00+00:00', TIMESTAMP WITH TIME ZONE '2026-01-25 09:00:00+00:00', 'ADVANCE');
INSERT INTO stage_passage (id, project_id, stage, entered_at, left_at, outcome) VALUES ('00000000-0000-4000-8000-d00000000041', '00000000-0000-4000-8000-0000000c1005', 'FEASIBILITY', TIMESTAMP WITH TIME ZONE '2026-01-25 09:00:00+00:00', TIMESTAMP WITH TIME ZONE '2026-03-01 09:00:00+00:00', 'ADVANCE');
INSERT INTO stage_passage (id, project_id, stage, entered_at, left_at, outcome) VALUES ('00000000-0000-4000-8000-d00000000042', '00000000-0000-4000-8000-0000000c1005', 'COMMERCIAL', TIMESTAMP WITH TIME ZONE '2026-03-01 09:00:00+00:00', TIMESTAMP WITH TIME ZONE '2026-04-20 09:00:00+00:00', 'ADVANCE');
INSERT INTO stage_passage (id, project_id, stage, entered_at, left_at, outcome) VALUES ('00000000-0000-4000-8000-d00000000043', '00000000-0000-4000-8000-0000000c1005', 'SCENARIO', TIMESTAMP WITH TIME ZONE '2026-04-20 09:00:00+00:00', NULL, NULL);
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000044', '00000000-0000-4000-8000-0000000c1005', 'IDEATION', 'reviewer', '独立评审专家库 Independent review panel', 'operator', TIMESTAMP WITH TIME ZONE '2026-01-20 09:00:00+00:00', NULL, NULL);
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000045', '00000000-0000-4000-8000-0000000c1005', 'IDEATION', 'reviewer-b', '示范投资 Demo Capital', 'operator', TIMESTAMP WITH TIME ZONE '2026-01-20 09:00:00+00:00', NULL, NULL);
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000046', '00000000-0000-4000-8000-0000000c1005', 'IDEATION', 'reviewer-c', '示范产业联盟 Demo Industry Alliance', 'operator', TIMESTAMP WITH TIME ZONE '2026-01-20 09:00:00+00:00', NULL, NULL);
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000047', '00000000-0000-4000-8000-0000000c1005', 'IDEATION', 1, 'reviewer', 'novelty=85
team=80
ip=78
', 81.40, '创新性强 Clearly novel', TIMESTAMP WITH TIME ZONE '2026-01-23 09:00:00+00:00');
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000048', '00000000-0000-4000-8000-0000000c1005', 'IDEATION', 1, 'reviewer-b', 'novelty=80
team=82
ip=75
', 79.10, 'Solid team', TIMESTAMP WITH TIME ZONE '2026-01-23 09:00:00+00:00');
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000049', '00000000-0000-4000-8000-0000000c1005', 'IDEATION', 1, 'reviewer-c', 'novelty=78
team=75
ip=80
', 77.70, 'Good IP position', TIMESTAMP WITH TIME ZONE '2026-01-23 09:00:00+00:00');
INSERT INTO decision (id, project_id, stage, round, outcome, reason, weighted_score, reviews, decided_by, decided_at) VALUES ('00000000-0000-4000-8000-a00000000050', '00000000-0000-4000-8000-0000000c1005', 'IDEATION', 1, 'ADVANCE', 'Mature lab results', 79.40, 3, 'operator', TIMESTAMP WITH TIME ZONE '2026-01-25 09:00:00+00:00');
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000051', '00000000-0000-4000-8000-0000000c1005', 'FEASIBILITY', 'reviewer', '独立评审专家库 Independent review panel', 'operator', TIMESTAMP WITH TIME ZONE '2026-02-24 09:00:00+00:00', NULL, NULL);
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000052', '00000000-0000-4000-8000-0000000c1005', 'FEASIBILITY', 'reviewer-b', '示范投资 Demo Capital', 'operator', TIMESTAMP WITH TIME ZONE '2026-02-24 09:00:00+00:00', NULL, NULL);
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000053', '00000000-0000-4000-8000-0000000c1005', 'FEASIBILITY', 'reviewer-c', '示范产业联盟 Demo Industry Alliance', 'operator', TIMESTAMP WITH TIME ZONE '2026-02-24 09:00:00+00:00', NULL, NULL);
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000054', '00000000-0000-4000-8000-0000000c1005', 'FEASIBILITY', 1, 'reviewer', 'technical=85
resources=80
risk=78
', 82.00, '创新性强 Clearly novel', TIMESTAMP WITH TIME ZONE '2026-02-27 09:00:00+00:00');
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000055', '00000000-0000-4000-8000-0000000c1005', 'FEASIBILITY', 1, 'reviewer-b', 'technical=80
resources=82
risk=75
', 79.25, 'Solid team', TIMESTAMP WITH TIME ZONE '2026-02-27 09:00:00+00:00');
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000056', '00000000-0000-4000-8000-0000000c1005', 'FEASIBILITY', 1, 'reviewer-c', 'technical=78
resources=75
risk=80
', 77.75, 'Good IP position', TIMESTAMP WITH TIME ZONE '2026-02-27 09:00:00+00:00');
INSERT INTO decision (id, project_id, stage, round, outcome, reason, weighted_score, reviews, decided_by, decided_at) VALUES ('00000000-0000-4000-8000-a00000000057', '00000000-0000-4000-8000-0000000c1005', 'FEASIBILITY', 1, 'ADVANCE', 'Pilot membrane meets spec', 79.67, 3, 'operator', TIMESTAMP WITH TIME ZONE '2026-03-01 09:00:00+00:00');
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000058', '00000000-0000-4000-8000-0000000c1005', 'COMMERCIAL', 'reviewer', '独立评审专家库 Independent review panel', 'operator', TIMESTAMP WITH TIME ZONE '2026-04-15 09:00:00+00:00', NULL, NULL);
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000059', '00000000-0000-4000-8000-0000000c1005', 'COMMERCIAL', 'reviewer-b', '示范投资 Demo Capital', 'operator', TIMESTAMP WITH TIME ZONE '2026-04-15 09:00:00+00:00', NULL, NULL);
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000060', '00000000-0000-4000-8000-0000000c1005', 'COMMERCIAL', 'reviewer-c', '示范产业联盟 Demo Industry Alliance', 'operator', TIMESTAMP WITH TIME ZONE '2026-04-15 09:00:00+00:00', NULL, NULL);
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000061', '00000000-0000-4000-8000-0000000c1005', 'COMMERCIAL', 1, 'reviewer', 'market=85
model=80
finance=78
', 81.40, '创新性强 Clearly novel', TIMESTAMP WITH TIME ZONE '2026-04-18 09:00:00+00:00');
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000062', '00000000-0000-4000-8000-0000000c1005', 'COMMERCIAL', 1, 'reviewer-b', 'market=80
model=82
finance=75
', 79.10, 'Solid team', TIMESTAMP WITH TIME ZONE '2026-04-18 09:00:00+00:00');
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000063', '00000000-0000-4000-8000-0000000c1005', 'COMMERCIAL', 1, 'reviewer-c', 'market=78
model=75
finance=80
', 77.70, 'Good IP position', TIMESTAMP WITH TIME ZONE '2026-04-18 09:00:00+00:00');
INSERT INTO decision (id, project_id, stage, round, outcome, reason, weighted_score, reviews, decided_by, decided_at) VALUES ('00000000-0000-4000-8000-a00000000064', '00000000-0000-4000-8000-0000000c1005', 'COMMERCIAL', 1, 'ADVANCE', 'Two utilities ready to pilot', 79.40, 3, 'operator', TIMESTAMP WITH TIME ZONE '2026-04-20 09:00:00+00:00');
INSERT INTO funding_grant (id, project_id, stage, amount, currency, purpose, granted_by, granted_at) VALUES ('00000000-0000-4000-8000-b00000000065', '00000000-0000-4000-8000-0000000c1005', 'COMMERCIAL', 60000000, 'CNY', 'Market study and pilot contracts', 'operator', TIMESTAMP WITH TIME ZONE '2026-03-11 09:00:00+00:00');
INSERT INTO project (id, programme_id, title, institution, team, field, trl, ip_references, requested_funding, currency, applicant, status, stage, round, manager_id, submitted_at, screened_by, screened_at, screening_reason, row_version) VALUES ('00000000-0000-4000-8000-0000000c1006', '00000000-0000-4000-8000-0000000c0001', '中药质控平台 Quality control for TCM', '示范大学 Demo University', 'Prof. Xu', 'BIOMEDICINE', 7, 'CN201810223344.5', 150000000, 'CNY', 'applicant-d', 'PASSED', 'SCENARIO', 1, NULL, TIMESTAMP WITH TIME ZONE '2026-01-10 09:00:00+00:00', 'operator', TIMESTAMP WITH TIME ZONE '2026-01-12 09:00:00+00:00', '符合计划方向 Fits the programme: a patented result and a committed team', 1);
INSERT INTO stage_passage (id, project_id, stage, entered_at, left_at, outcome) VALUES ('00000000-0000-4000-8000-d00000000066', '00000000-0000-4000-8000-0000000c1006', 'IDEATION', TIMESTAMP WITH TIME ZONE '2026-01-12 09:00:00+00:00', TIMESTAMP WITH TIME ZONE '2026-01-22 09:00:00+00:00', 'ADVANCE');
INSERT INTO stage_passage (id, project_id, stage, entered_at, left_at, outcome) VALUES ('00000000-0000-4000-8000-d00000000067', '00000000-0000-4000-8000-0000000c1006', 'FEASIBILITY', TIMESTAMP WITH TIME ZONE '2026-01-22 09:00:00+00:00', TIMESTAMP WITH TIME ZONE '2026-02-19 09:00:00+00:00', 'ADVANCE');
INSERT INTO stage_passage (id, project_id, stage, entered_at, left_at, outcome) VALUES ('00000000-0000-4000-8000-d00000000068', '00000000-0000-4000-8000-0000000c1006', 'COMMERCIAL', TIMESTAMP WITH TIME ZONE '2026-02-19 09:00:00+00:00', TIMESTAMP WITH TIME ZONE '2026-03-31 09:00:00+00:00', 'ADVANCE');
INSERT INTO stage_passage (id, project_id, stage, entered_at, left_at, outcome) VALUES ('00000000-0000-4000-8000-d00000000069', '00000000-0000-4000-8000-0000000c1006', 'SCENARIO', TIMESTAMP WITH TIME ZONE '2026-03-31 09:00:00+00:00', TIMESTAMP WITH TIME ZONE '2026-04-30 09:00:00+00:00', 'ADVANCE');
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000070', '00000000-0000-4000-8000-0000000c1006', 'IDEATION', 'reviewer', '独立评审专家库 Independent review panel', 'operator', TIMESTAMP WITH TIME ZONE '2026-01-17 09:00:00+00:00', NULL, NULL);
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000071', '00000000-0000-4000-8000-0000000c1006', 'IDEATION', 'reviewer-b', '示范投资 Demo Capital', 'operator', TIMESTAMP WITH TIME ZONE '2026-01-17 09:00:00+00:00', NULL, NULL);
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000072', '00000000-0000-4000-8000-0000000c1006', 'IDEATION', 'reviewer-c', '示范产业联盟 Demo Industry Alliance', 'operator', TIMESTAMP WITH TIME ZONE '2026-01-17 09:00:00+00:00', NULL, NULL);
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000073', '00000000-0000-4000-8000-0000000c1006', 'IDEATION', 1, 'reviewer', 'novelty=85
team=80
ip=78
', 81.40, '创新性强 Clearly novel', TIMESTAMP WITH TIME ZONE '2026-01-20 09:00:00+00:00');
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000074', '00000000-0000-4000-8000-0000000c1006', 'IDEATION', 1, 'reviewer-b', 'novelty=80
team=82
ip=75
', 79.10, 'Solid team', TIMESTAMP WITH TIME ZONE '2026-01-20 09:00:00+00:00');
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000075', '00000000-0000-4000-8000-0000000c1006', 'IDEATION', 1, 'reviewer-c', 'novelty=78
team=75
ip=80
', 77.70, 'Good IP position', TIMESTAMP WITH TIME ZONE '2026-01-20 09:00:00+00:00');
INSERT INTO decision (id, project_id, stage, round, outcome, reason, weighted_score, reviews, decided_by, decided_at) VALUES ('00000000-0000-4000-8000-a00000000076', '00000000-0000-4000-8000-0000000c1006', 'IDEATION', 1, 'ADVANCE', 'Strong team', 79.40, 3, 'operator', TIMESTAMP WITH TIME ZONE '2026-01-22 09:00:00+00:00');
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000077', '00000000-0000-4000-8000-0000000c1006', 'FEASIBILITY', 'reviewer', '独立评审专家库 Independent review panel', 'operator', TIMESTAMP WITH TIME ZONE '2026-02-14 09:00:00+00:00', NULL, NULL);
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000078', '00000000-0000-4000-8000-0000000c1006', 'FEASIBILITY', 'reviewer-b', '示范投资 Demo Capital', 'operator', TIMESTAMP WITH TIME ZONE '2026-02-14 09:00:00+00:00', NULL, NULL);
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000079', '00000000-0000-4000-8000-0000000c1006', 'FEASIBILITY', 'reviewer-c', '示范产业联盟 Demo Industry Alliance', 'operator', TIMESTAMP WITH TIME ZONE '2026-02-14 09:00:00+00:00', NULL, NULL);
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000080', '00000000-0000-4000-8000-0000000c1006', 'FEASIBILITY', 1, 'reviewer', 'technical=85
resources=80
risk=78
', 82.00, '创新性强 Clearly novel', TIMESTAMP WITH TIME ZONE '2026-02-17 09:00:00+00:00');
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000081', '00000000-0000-4000-8000-0000000c1006', 'FEASIBILITY', 1, 'reviewer-b', 'technical=80
resources=82
risk=75
', 79.25, 'Solid team', TIMESTAMP WITH TIME ZONE '2026-02-17 09:00:00+00:00');
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000082', '00000000-0000-4000-8000-0000000c1006', 'FEASIBILITY', 1, 'reviewer-c', 'technical=78
resources=75
risk=80
', 77.75, 'Good IP position', TIMESTAMP WITH TIME ZONE '2026-02-17 09:00:00+00:00');
INSERT INTO decision (id, project_id, stage, round, outcome, reason, weighted_score, reviews, decided_by, decided_at) VALUES ('00000000-0000-4000-8000-a00000000083', '00000000-0000-4000-8000-0000000c1006', 'FEASIBILITY', 1, 'ADVANCE', 'Works at pilot scale', 79.67, 3, 'operator', TIMESTAMP WITH TIME ZONE '2026-02-19 09:00:00+00:00');
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000084', '00000000-0000-4000-8000-0000000c1006', 'COMMERCIAL', 'reviewer', '独立评审专家库 Independent review panel', 'operator', TIMESTAMP WITH TIME ZONE '2026-03-26 09:00:00+00:00', NULL, NULL);
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000085', '00000000-0000-4000-8000-0000000c1006', 'COMMERCIAL', 'reviewer-b', '示范投资 Demo Capital', 'operator', TIMESTAMP WITH TIME ZONE '2026-03-26 09:00:00+00:00', NULL, NULL);
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000086', '00000000-0000-4000-8000-0000000c1006', 'COMMERCIAL', 'reviewer-c', '示范产业联盟 Demo Industry Alliance', 'operator', TIMESTAMP WITH TIME ZONE '2026-03-26 09:00:00+00:00', NULL, NULL);
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000087', '00000000-0000-4000-8000-0000000c1006', 'COMMERCIAL', 1, 'reviewer', 'market=85
model=80
finance=78
', 81.40, '创新性强 Clearly novel', TIMESTAMP WITH TIME ZONE '2026-03-29 09:00:00+00:00');
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000088', '00000000-0000-4000-8000-0000000c1006', 'COMMERCIAL', 1, 'reviewer-b', 'market=80
model=82
finance=75
', 79.10, 'Solid team', TIMESTAMP WITH TIME ZONE '2026-03-29 09:00:00+00:00');
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000089', '00000000-0000-4000-8000-0000000c1006', 'COMMERCIAL', 1, 'reviewer-c', 'market=78
model=75
finance=80
', 77.70, 'Good IP position', TIMESTAMP WITH TIME ZONE '2026-03-29 09:00:00+00:00');
INSERT INTO decision (id, project_id, stage, round, outcome, reason, weighted_score, reviews, decided_by, decided_at) VALUES ('00000000-0000-4000-8000-a00000000090', '00000000-0000-4000-8000-0000000c1006', 'COMMERCIAL', 1, 'ADVANCE', 'Paying pilot customers', 79.40, 3, 'operator', TIMESTAMP WITH TIME ZONE '2026-03-31 09:00:00+00:00');
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000091', '00000000-0000-4000-8000-0000000c1006', 'SCENARIO', 'reviewer', '独立评审专家库 Independent review panel', 'operator', TIMESTAMP WITH TIME ZONE '2026-04-25 09:00:00+00:00', NULL, NULL);
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000092', '00000000-0000-4000-8000-0000000c1006', 'SCENARIO', 'reviewer-b', '示范投资 Demo Capital', 'operator', TIMESTAMP WITH TIME ZONE '2026-04-25 09:00:00+00:00', NULL, NULL);
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000093', '00000000-0000-4000-8000-0000000c1006', 'SCENARIO', 'reviewer-c', '示范产业联盟 Demo Industry Alliance', 'operator', TIMESTAMP WITH TIME ZONE '2026-04-25 09:00:00+00:00', NULL, NULL);
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000094', '00000000-0000-4000-8000-0000000c1006', 'SCENARIO', 1, 'reviewer', 'fit=85
customers=80
scale=78
', 82.10, '创新性强 Clearly novel', TIMESTAMP WITH TIME ZONE '2026-04-28 09:00:00+00:00');
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000095', '00000000-0000-4000-8000-0000000c1006', 'SCENARIO', 1, 'reviewer-b', 'fit=80
customers=82
scale=75
', 79.60, 'Solid team', TIMESTAMP WITH TIME ZONE '2026-04-28 09:00:00+00:00');
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000096', '00000000-0000-4000-8000-0000000c1006', 'SCENARIO', 1, 'reviewer-c', 'fit=78
customers=75
scale=80
', 77.50, 'Good IP position', TIMESTAMP WITH TIME ZONE '2026-04-28 09:00:00+00:00');
INSERT INTO decision (id, project_id, stage, round, outcome, reason, weighted_score, reviews, decided_by, decided_at) VALUES ('00000000-0000-4000-8000-a00000000097', '00000000-0000-4000-8000-0000000c1006', 'SCENARIO', 1, 'ADVANCE', '在三家药企落地 Adopted by three manufacturers', 79.73, 3, 'operator', TIMESTAMP WITH TIME ZONE '2026-04-30 09:00:00+00:00');
INSERT INTO funding_grant (id, project_id, stage, amount, currency, purpose, granted_by, granted_at) VALUES ('00000000-0000-4000-8000-b00000000098', '00000000-0000-4000-8000-0000000c1006', 'SCENARIO', 100000000, 'CNY', 'Deployment at pilot customers', 'operator', TIMESTAMP WITH TIME ZONE '2026-04-10 09:00:00+00:00');
INSERT INTO outcome (id, project_id, kind, counterpart, amount, valuation, currency, occurred_on, recorded_by, recorded_at) VALUES ('00000000-0000-4000-8000-c00000000099', '00000000-0000-4000-8000-0000000c1006', 'SPIN_OFF', '示范质控科技有限公司 Demo QC Tech Ltd', NULL, 3000000000, 'CNY', DATE '2026-06-01', 'operator', TIMESTAMP WITH TIME ZONE '2026-06-04 09:00:00+00:00');
INSERT INTO outcome (id, project_id, kind, counterpart, amount, valuation, currency, occurred_on, recorded_by, recorded_at) VALUES ('00000000-0000-4000-8000-c00000000100', '00000000-0000-4000-8000-0000000c1006', 'INVESTMENT', '示范天使基金 Demo Angel Fund', 500000000, 5000000000, 'CNY', DATE '2026-09-15', 'operator', TIMESTAMP WITH TIME ZONE '2026-09-17 09:00:00+00:00');
INSERT INTO kpi_report (id, project_id, report_period, prototypes, pilot_customers, revenue, funding_raised, currency, note, reported_by, reported_at) VALUES ('00000000-0000-4000-8000-c00000000101', '00000000-0000-4000-8000-0000000c1006', '2026-Q2', 2, 3, 120000000, 0, 'CNY', 'Three pilot customers paying', 'applicant-d', TIMESTAMP WITH TIME ZONE '2026-07-04 09:00:00+00:00');
INSERT INTO milestone (id, project_id, title, due_on, achieved_on, row_version) VALUES ('00000000-0000-4000-8000-c00000000102', '00000000-0000-4000-8000-0000000c1006', 'First deployment at a customer', DATE '2026-05-31', DATE '2026-05-20', 1);
INSERT INTO project (id, programme_id, title, institution, team, field, trl, ip_references, requested_funding, currency, applicant, status, stage, round, manager_id, submitted_at, screened_by, screened_at, screening_reason, row_version) VALUES ('00000000-0000-4000-8000-0000000c1007', '00000000-0000-4000-8000-0000000c0001', '低温储氢合金 Low-temperature hydrogen storage', '示范研究院 Demo Institute', 'Dr. Gao', 'NEW_ENERGY', 3, NULL, 60000000, 'CNY', 'applicant-e', 'REJECTED', 'FEASIBILITY', 1, NULL, TIMESTAMP WITH TIME ZONE '2026-01-12 09:00:00+00:00', 'operator', TIMESTAMP WITH TIME ZONE '2026-01-14 09:00:00+00:00', '符合计划方向 Fits the programme: a patented result and a committed team', 1);
INSERT INTO stage_passage (id, project_id, stage, entered_at, left_at, outcome) VALUES ('00000000-0000-4000-8000-d00000000103', '00000000-0000-4000-8000-0000000c1007', 'IDEATION', TIMESTAMP WITH TIME ZONE '2026-01-14 09:00:00+00:00', TIMESTAMP WITH TIME ZONE '2026-01-28 09:00:00+00:00', 'ADVANCE');
INSERT INTO stage_passage (id, project_id, stage, entered_at, left_at, outcome) VALUES ('00000000-0000-4000-8000-d00000000104', '00000000-0000-4000-8000-0000000c1007', 'FEASIBILITY', TIMESTAMP WITH TIME ZONE '2026-01-28 09:00:00+00:00', TIMESTAMP WITH TIME ZONE '2026-03-11 09:00:00+00:00', 'REJECT');
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000105', '00000000-0000-4000-8000-0000000c1007', 'IDEATION', 'reviewer', '独立评审专家库 Independent review panel', 'operator', TIMESTAMP WITH TIME ZONE '2026-01-23 09:00:00+00:00', NULL, NULL);
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000106', '00000000-0000-4000-8000-0000000c1007', 'IDEATION', 'reviewer-b', '示范投资 Demo Capital', 'operator', TIMESTAMP WITH TIME ZONE '2026-01-23 09:00:00+00:00', NULL, NULL);
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000107', '00000000-0000-4000-8000-0000000c1007', 'IDEATION', 'reviewer-c', '示范产业联盟 Demo Industry Alliance', 'operator', TIMESTAMP WITH TIME ZONE '2026-01-23 09:00:00+00:00', NULL, NULL);
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000108', '00000000-0000-4000-8000-0000000c1007', 'IDEATION', 1, 'reviewer', 'novelty=85
team=80
ip=78
', 81.40, '创新性强 Clearly novel', TIMESTAMP WITH TIME ZONE '2026-01-26 09:00:00+00:00');
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000109', '00000000-0000-4000-8000-0000000c1007', 'IDEATION', 1, 'reviewer-b', 'novelty=80
team=82
ip=75
', 79.10, 'Solid team', TIMESTAMP WITH TIME ZONE '2026-01-26 09:00:00+00:00');
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000110', '00000000-0000-4000-8000-0000000c1007', 'IDEATION', 1, 'reviewer-c', 'novelty=78
team=75
ip=80
', 77.70, 'Good IP position', TIMESTAMP WITH TIME ZONE '2026-01-26 09:00:00+00:00');
INSERT INTO decision (id, project_id, stage, round, outcome, reason, weighted_score, reviews, decided_by, decided_at) VALUES ('00000000-0000-4000-8000-a00000000111', '00000000-0000-4000-8000-0000000c1007', 'IDEATION', 1, 'ADVANCE', 'Interesting material', 79.40, 3, 'operator', TIMESTAMP WITH TIME ZONE '2026-01-28 09:00:00+00:00');
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000112', '00000000-0000-4000-8000-0000000c1007', 'FEASIBILITY', 'reviewer', '独立评审专家库 Independent review panel', 'operator', TIMESTAMP WITH TIME ZONE '2026-03-06 09:00:00+00:00', NULL, NULL);
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000113', '00000000-0000-4000-8000-0000000c1007', 'FEASIBILITY', 'reviewer-b', '示范投资 Demo Capital', 'operator', TIMESTAMP WITH TIME ZONE '2026-03-06 09:00:00+00:00', NULL, NULL);
INSERT INTO reviewer_assignment (id, project_id, stage, reviewer, institution, assigned_by, assigned_at, conflict_reason, declared_at) VALUES ('00000000-0000-4000-8000-e00000000114', '00000000-0000-4000-8000-0000000c1007', 'FEASIBILITY', 'reviewer-c', '示范产业联盟 Demo Industry Alliance', 'operator', TIMESTAMP WITH TIME ZONE '2026-03-06 09:00:00+00:00', NULL, NULL);
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000115', '00000000-0000-4000-8000-0000000c1007', 'FEASIBILITY', 1, 'reviewer', 'technical=60
resources=55
risk=50
', 56.25, 'Prototype not yet stable', TIMESTAMP WITH TIME ZONE '2026-03-09 09:00:00+00:00');
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000116', '00000000-0000-4000-8000-0000000c1007', 'FEASIBILITY', 1, 'reviewer-b', 'technical=62
resources=58
risk=60
', 60.50, 'Risks under-estimated', TIMESTAMP WITH TIME ZONE '2026-03-09 09:00:00+00:00');
INSERT INTO review (id, project_id, stage, round, reviewer, scores, weighted, remarks, submitted_at) VALUES ('00000000-0000-4000-8000-f00000000117', '00000000-0000-4000-8000-0000000c1007', 'FEASIBILITY', 1, 'reviewer-c', 'technical=55
resources=60
risk=58
', 57.00, 'Plan too thin', TIMESTAMP WITH TIME ZONE '2026-03-09 09:00:00+00:00');
INSERT INTO decision (id, project_id, stage, round, outcome, reason, weighted_score, reviews, decided_by, decided_at) VALUES ('00000000-0000-4000-8000-a00000000118', '00000000-0000-4000-8000-0000000c1007', 'FEASIBILITY', 1, 'REJECT', '容量未达预期 Capacity far below the target; no path to it shown', 57.92, 3, 'operator', TIMESTAMP WITH TIME ZONE '2026-03-11 09:00:00+00:00');
INSERT INTO funding_grant (id, project_id, stage, amount, currency, purpose, granted_by, granted_at) VALUES ('00000000-0000-4000-8000-b00000000119', '00000000-0000-4000-8000-0000000c1007', 'IDEATION', 10000000, 'CNY', 'Sample synthesis', 'operator', TIMESTAMP WITH TIME ZONE '2026-01-20 09:00:00+00:00');
