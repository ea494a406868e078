-- Regional standards (docs/COMPENSATION.md): the statistics a province (or a city publishing its
-- own, SPC personal-injury interpretation art. 22) published for a statistical year, item by item,
-- loaded by the operator. The calculator never guesses a missing figure.
--
-- History stays in the table: loading a new value for an item retires the current row
-- (retired_at / retired_by) and adds a new one, so every figure a calculation ever used can be
-- traced to who loaded it and when. At most one current row per province, year and item.

create table regional_standards (
    id                 uuid primary key,
    -- 6-digit GB/T 2260 code ending in 00, e.g. 410000 (Henan)
    province           varchar(6)     not null,
    statistical_year   integer        not null,
    -- open-ended UPPER_SNAKE code, e.g. URBAN_DISPOSABLE_INCOME_PER_CAPITA
    item               varchar(80)    not null,
    amount             numeric(16, 2) not null,
    loaded_by          varchar(255)   not null,
    loaded_at          timestamptz    not null,
    retired_by         varchar(255),
    retired_at         timestamptz,
    constraint regional_standards_amount_check check (amount >= 0),
    constraint regional_standards_province_check check (province ~ '^[1-9][0-9]{3}00$'),
    constraint regional_standards_retired_check check ((retired_at is null) = (retired_by is null))
);
create unique index regional_standards_current_key
    on regional_standards (province, statistical_year, item) where retired_at is null;
