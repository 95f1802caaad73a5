-- Guanxi schema version 17: phone numbers are checked with libphonenumber,
-- and a number it cannot verify (a speed dial "1", an internal extension
-- "801", a foreign number written without +) is kept as written instead of
-- refusing the record. `problem` says why such a number is not verified, in
-- the language of whoever saved it; NULL means verified. An unverified
-- number's e164 is '' (customer_phones) or NULL (leads): it matches no other
-- number in duplicate checks, and stays searchable by the digits of `raw`.
-- Numbers stored before were normalised by looser rules (any 8 to 15 digits
-- after a +): each is checked again as written, in the region of its stored
-- calling code, and one libphonenumber does not verify gets its reason. Its
-- stored E.164 stays as it was, so duplicate checks and search keys do not
-- change under anyone's feet; editing the number checks it anew.

ALTER TABLE customer_phones ADD COLUMN problem TEXT;
ALTER TABLE leads ADD COLUMN phone_problem TEXT;
UPDATE customer_phones SET problem = guanxi_phone_problem(raw, e164) WHERE e164 <> '';
UPDATE leads SET phone_problem = guanxi_phone_problem(phone_raw, phone_e164) WHERE phone_e164 IS NOT NULL;
