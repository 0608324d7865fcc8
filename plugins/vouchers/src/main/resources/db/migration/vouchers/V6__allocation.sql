-- How a programme allocates its budget when demand exceeds it: FIRST_COME or LOTTERY.
ALTER TABLE programme ADD COLUMN allocation VARCHAR(12) NOT NULL DEFAULT 'FIRST_COME';
