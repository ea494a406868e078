-- ILLUSTRATIVE DEMO DATA, NOT PUBLISHED STATISTICS.
--
-- Henan (410000), statistical year 2025: round figures of the right size so that the local demo
-- (deploy/local/run.sh, cases in 驻马店, division codes 41xxxx) can calculate compensation out of
-- the box. They are the figures of the compensation module's tests
-- (compensation/src/test/resources/.../henan-2025-illustrative.csv). An operator must replace them
-- with the published figures (PUT /api/v1/regional-standards/410000/2025 or
-- POST /api/v1/regional-standards/files); the replaced rows stay in the table as history.
-- See docs/COMPENSATION.md, "Standards administration".

insert into regional_standards (id, province, statistical_year, item, amount, loaded_by, loaded_at) values
    ('6c1b2a8e-5d0f-4c55-9a2e-0b7f3e1d4a01', '410000', 2025, 'URBAN_DISPOSABLE_INCOME_PER_CAPITA', 41000.00,
        'flyway V21 (illustrative demo data)', timestamptz '2026-01-01 00:00:00+00'),
    ('6c1b2a8e-5d0f-4c55-9a2e-0b7f3e1d4a02', '410000', 2025, 'URBAN_CONSUMPTION_PER_CAPITA', 26000.00,
        'flyway V21 (illustrative demo data)', timestamptz '2026-01-01 00:00:00+00'),
    ('6c1b2a8e-5d0f-4c55-9a2e-0b7f3e1d4a03', '410000', 2025, 'AVERAGE_EMPLOYEE_WAGE', 80000.00,
        'flyway V21 (illustrative demo data)', timestamptz '2026-01-01 00:00:00+00'),
    ('6c1b2a8e-5d0f-4c55-9a2e-0b7f3e1d4a04', '410000', 2025, 'HOSPITAL_MEAL_ALLOWANCE_PER_DAY', 100.00,
        'flyway V21 (illustrative demo data)', timestamptz '2026-01-01 00:00:00+00'),
    ('6c1b2a8e-5d0f-4c55-9a2e-0b7f3e1d4a05', '410000', 2025, 'TRADE_AVERAGE_WAGE_CONSTRUCTION', 73000.00,
        'flyway V21 (illustrative demo data)', timestamptz '2026-01-01 00:00:00+00');
