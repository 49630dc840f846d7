-- Issue 18 point 4: participation referrals that arrive. The organisations of seed 002 get a code
-- (the staff list per organisation), and the SW company iederz receives beschut werk (domain.md 5).
CREATE TABLE participatie_organisatie (
    code  text PRIMARY KEY,
    naam  text NOT NULL,
    soort text NOT NULL CHECK (soort IN ('WIJK', 'SW'))
);
INSERT INTO participatie_organisatie (code, naam, soort) VALUES
    ('wijkwerken', 'WerkPro, Novo en Lentis (wijkwerken)', 'WIJK'),
    ('saaksumborg', 'Saaksumborg', 'WIJK'),
    ('radar', 'Radar', 'WIJK'),
    ('leger-des-heils', 'Leger des Heils', 'WIJK'),
    ('iederz', 'iederz (SW-bedrijf, indicatie beschut werk)', 'SW');

ALTER TABLE wijk ADD COLUMN organisatie_code text REFERENCES participatie_organisatie (code);
UPDATE wijk SET organisatie_code = CASE organisatie
    WHEN 'WerkPro, Novo en Lentis (wijkwerken)' THEN 'wijkwerken'
    WHEN 'Saaksumborg' THEN 'saaksumborg'
    WHEN 'Radar' THEN 'radar'
    WHEN 'Leger des Heils' THEN 'leger-des-heils' END;

-- A referral is VERWEZEN (an organisation has it), WERKLIJST (no wijk known: a consulent refers it by
-- hand) or ONTVANGEN (the organisation acknowledged it).
ALTER TABLE verwijzing
    ADD COLUMN organisatie_code    text REFERENCES participatie_organisatie (code),
    ADD COLUMN status              text NOT NULL DEFAULT 'VERWEZEN',
    ADD COLUMN verwezen_op         timestamptz,
    ADD COLUMN verwezen_door       text,
    ADD COLUMN ontvangen_op        timestamptz,
    ADD COLUMN ontvangen_door      text,
    ADD COLUMN ontvangst_opmerking text,
    ADD COLUMN version             bigint NOT NULL DEFAULT 0;
UPDATE verwijzing v SET organisatie_code = w.organisatie_code FROM wijk w WHERE v.wijk = w.naam;
-- Beschut werk was never a wijk organisation's: earlier referrals go to iederz, none was acknowledged yet.
UPDATE verwijzing SET organisatie_code = 'iederz', organisatie = 'iederz (SW-bedrijf, indicatie beschut werk)' WHERE vorm = 'BESCHUT_WERK';
UPDATE verwijzing SET status = 'WERKLIJST' WHERE organisatie_code IS NULL;
UPDATE verwijzing SET verwezen_op = aangemaakt_op, verwezen_door = door WHERE organisatie_code IS NOT NULL;
CREATE INDEX verwijzing_organisatie ON verwijzing (organisatie_code, status, aangemaakt_op);
CREATE INDEX verwijzing_werklijst ON verwijzing (aangemaakt_op) WHERE status = 'WERKLIJST';
