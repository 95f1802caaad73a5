-- Guanxi schema version 15: the list sorts cities, provinces and industries by
-- pinyin (北京 before 上海 before 重庆), as it already sorts names, not by code
-- point. Each column gets a stored key, Pinyin::sortKey() of its text, kept by
-- CustomerStore, and an index over live customers in that order, so the first
-- page sorted by city still comes from an index on a million customers.
-- guanxi_sort_key() exists only while Migrations::upgrade() runs.

ALTER TABLE customers ADD COLUMN province_sort TEXT;
ALTER TABLE customers ADD COLUMN city_sort TEXT;
ALTER TABLE customers ADD COLUMN industry_sort TEXT;

UPDATE customers
   SET province_sort = guanxi_sort_key(province),
       city_sort = guanxi_sort_key(city),
       industry_sort = guanxi_sort_key(industry)
 WHERE province IS NOT NULL OR city IS NOT NULL OR industry IS NOT NULL;

-- Sorting by province used this index; the filter by city keeps customers_by_city.
DROP INDEX customers_by_province;
CREATE INDEX customers_by_province_sort ON customers (province_sort, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_city_sort     ON customers (city_sort, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_industry_sort ON customers (industry_sort, id) WHERE deleted_at IS NULL;
