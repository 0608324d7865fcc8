-- How much one holder may receive from a programme in a calendar year; NULL: no cap beyond the budget.
ALTER TABLE programme ADD COLUMN cap_per_holder_per_year BIGINT;
