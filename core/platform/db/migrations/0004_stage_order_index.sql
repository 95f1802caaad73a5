-- Guanxi schema version 4: sorting the customer list by stage follows the
-- pipeline (lead, prospect, customer, loyal, churned), not the alphabet, and
-- uses this index. The expression must stay identical to the one in
-- CustomerListStore's sort.
CREATE INDEX IF NOT EXISTS customers_by_stage_order ON customers (
    (CASE stage WHEN 'lead' THEN 1 WHEN 'prospect' THEN 2 WHEN 'customer' THEN 3
                WHEN 'loyal' THEN 4 ELSE 5 END), id) WHERE deleted_at IS NULL;
