-- Demo data: greetings given before the demo starts.
INSERT INTO greeting (id, name, language, text, greeted_by, created_at) VALUES
    ('00000000-0000-4000-8000-000000000001', '李雷', 'zh-CN', '你好，李雷！', 'operator', TIMESTAMP WITH TIME ZONE '2026-01-05 09:00:00+00:00'),
    ('00000000-0000-4000-8000-000000000002', 'Han Meimei', 'en', 'Welcome, Han Meimei!', 'operator', TIMESTAMP WITH TIME ZONE '2026-01-05 09:05:00+00:00');
