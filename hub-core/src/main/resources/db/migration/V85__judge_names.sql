-- The judge's real name as the judge's token gave it when they acted (accepted, ruled, judged): a
-- ruling (民事裁定书) and a judgment are signed by the judge's name (审判员), while `judge` keeps the
-- user name the hub assigns by. Null on rows acted on before this column existed: documents then
-- fall back to `judge`.
alter table confirmation_applications add column judge_name varchar(255);
alter table speed_trial_filings add column judge_name varchar(255);
