-- Guanxi schema version 17: phone numbers are checked with libphonenumber,
-- and a number it cannot verify (a speed dial "1", an internal extension
-- "801", a foreign number written without +) is kept as written instead of
-- refusing the record. `problem` says why such a number is not verified, in
-- the language of whoever saved it; NULL means verified. An unverified
-- number's e164 is '' (customer_phones) or NULL (leads): it matches no other
-- number in duplicate checks, and stays searchable by the digits of `raw`.
-- Every number already stored passed the stricter rules before this one.

ALTER TABLE customer_phones ADD COLUMN problem TEXT;
ALTER TABLE leads ADD COLUMN phone_problem TEXT;
