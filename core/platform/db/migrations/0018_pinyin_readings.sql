-- Guanxi schema version 18: pinyin reads Chinese names as people say them
-- (Rime's dictionary: phrases, every reading of a polyphonic character, a
-- person's surname: 曾国藩 is Zeng, 单雄信 Shan, 长沙 chang sha). No table
-- changes: the keys made with the old readings are made again, so 曾国藩
-- sorts under Z and zengguofan, guofan, gf and the city's pinyin find it.
-- guanxi_name_sort_key(), guanxi_sort_key() and guanxi_search_keys() exist
-- only while Migrations::upgrade() runs; the search keys are those of
-- CustomerSearchIndex::refresh(), from the same columns.

-- Only the rows whose key changes are written (most names read as before).
UPDATE customers SET name_sort = guanxi_name_sort_key(name, kind)
 WHERE name_sort IS NOT guanxi_name_sort_key(name, kind);
UPDATE leads SET name_sort = guanxi_name_sort_key(name, 'person')
 WHERE name_sort IS NOT guanxi_name_sort_key(name, 'person');
UPDATE customers
   SET province_sort = guanxi_sort_key(province),
       city_sort = guanxi_sort_key(city),
       industry_sort = guanxi_sort_key(industry)
 WHERE province_sort IS NOT guanxi_sort_key(province)
    OR city_sort IS NOT guanxi_sort_key(city)
    OR industry_sort IS NOT guanxi_sort_key(industry);

-- The index is made anew rather than emptied (a DELETE reads every row back)
-- with the table of 0001_initial.sql; merging its segments once at the end,
-- not while writing, is faster and leaves it as compact as a new file's.
DROP TABLE customer_search;
CREATE VIRTUAL TABLE customer_search USING fts5 (
    keys,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
INSERT INTO customer_search (customer_search, rank) VALUES ('automerge', 0);
INSERT INTO customer_search (rowid, keys)
SELECT c.id,
       guanxi_search_keys(c.kind, c.name, co.name, c.city, c.notes,
           (SELECT group_concat(raw || '|' || e164, '|') FROM customer_phones WHERE customer_id = c.id),
           (SELECT group_concat(email, ' ') FROM customer_emails WHERE customer_id = c.id))
  FROM customers c LEFT JOIN customers co ON co.id = c.company_id;
INSERT INTO customer_search (customer_search) VALUES ('optimize');
INSERT INTO customer_search (customer_search, rank) VALUES ('automerge', 4);
