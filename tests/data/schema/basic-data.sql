-- The records every golden file holds, as the Guanxi of that version wrote them.
INSERT INTO users (id, login, display_name, role, created_at)
    VALUES (1, 'wangfang', '王芳', 'admin', '2025-06-01T08:00:00Z');
INSERT INTO customers (id, kind, name, name_sort, city, province, stage, owner_id, notes, birthday,
                       next_follow_up, created_at, created_by, updated_at, updated_by)
    VALUES (1, 'company', '华兴科技有限公司', 'hua xing ke ji you xian gong si' || char(1) || '华兴科技有限公司',
            '北京', '北京', 'customer', 1, NULL, NULL, NULL,
            '2025-06-01T08:00:00Z', 1, '2025-06-01T08:00:00Z', 1);
INSERT INTO customers (id, kind, name, name_sort, company_id, city, province, source_id, stage, owner_id, notes,
                       birthday, next_follow_up, created_at, created_by, updated_at, updated_by)
    VALUES (2, 'person', '张三', 'zhang san' || char(1) || '张三', 1, '北京', '北京',
            (SELECT id FROM source_channels WHERE code = 'exhibition'), 'prospect', 1, '展会上认识。',
            '1988-02-29', '2025-07-01', '2025-06-01T08:05:00Z', 1, '2025-06-02T09:00:00Z', 1);
INSERT INTO customer_phones (customer_id, position, label, raw, e164)
    VALUES (2, 0, '手机', '138 1234 5678', '+8613812345678');
INSERT INTO customer_emails (customer_id, position, email) VALUES (2, 0, 'zhangsan@example.com');
INSERT INTO tags (id, name) VALUES (1, 'VIP');
INSERT INTO customer_tags (customer_id, tag_id) VALUES (2, 1);
INSERT INTO custom_fields (id, name, type, choices, position) VALUES (1, '级别', 'choice', '["A","B"]', 1);
INSERT INTO custom_values (customer_id, field_id, value) VALUES (2, 1, 'A');
INSERT INTO change_log (entity, entity_id, action, new_value, user_id, changed_at, batch)
    VALUES ('customer', 1, 'create', '华兴科技有限公司', 1, '2025-06-01T08:00:00Z', 'b1'),
           ('customer', 2, 'create', '张三', 1, '2025-06-01T08:05:00Z', 'b2');
INSERT INTO change_log (entity, entity_id, action, field, old_value, new_value, user_id, changed_at, batch)
    VALUES ('customer', 2, 'update', 'stage', 'lead', 'prospect', 1, '2025-06-02T09:00:00Z', 'b3');
INSERT INTO customer_search (rowid, keys)
    VALUES (1, '华兴 兴科 科技 技有 有限 限公 公司 司 hua xing ke ji you xian gong si huaxingkejiyouxiangongsi hxkjyxgs'),
           (2, '张三 三 zhang san zhangsan zs 华兴 兴科 科技 技有 有限 限公 公司 司 '
               || '13812345678 3812345678 812345678 12345678 2345678 345678 45678 5678 '
               || '8613812345678 613812345678 '
               || 'zhangsan example com 展会 会上 上认 认识 识');
