-- Guanxi schema version 16: automatic quote, contract and order numbers
-- (QT-2026-00001, CT-…, SO-…) are never given twice. Advancing a quote renames
-- it to a contract number, so counting the numbers still in use would hand a
-- quote's number to the next quote. number_sequences keeps, per prefix and
-- year ("QT-2026-"), the highest number ever issued; OrderStore raises it
-- whenever it writes an automatic number. Seeded from the numbers in use and
-- those renamed away (the change log's old numbers).

CREATE TABLE number_sequences (
    prefix      TEXT PRIMARY KEY,
    last_value  INTEGER NOT NULL CHECK (last_value >= 0)
) WITHOUT ROWID;

INSERT INTO number_sequences (prefix, last_value)
SELECT substr(v, 1, 8), max(CAST(substr(v, 9) AS INTEGER))
  FROM (SELECT number AS v FROM orders
        UNION ALL
        SELECT old_value FROM change_log
         WHERE entity = 'order' AND field = 'number' AND old_value IS NOT NULL)
 WHERE v GLOB 'QT-[0-9][0-9][0-9][0-9]-[0-9]*'
    OR v GLOB 'CT-[0-9][0-9][0-9][0-9]-[0-9]*'
    OR v GLOB 'SO-[0-9][0-9][0-9][0-9]-[0-9]*'
 GROUP BY substr(v, 1, 8);
