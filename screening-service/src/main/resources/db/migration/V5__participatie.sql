-- Maatschappelijke participatie: the wijk organisations (seed 002) and the referrals to them.
CREATE TABLE wijk (
    naam        text PRIMARY KEY,
    organisatie text NOT NULL
);
-- Which postcode-4 area lies in which wijk: maintained by beheer (PUT /api/v1/wijken/{naam}/postcodes/{postcode4}).
CREATE TABLE wijk_postcode (
    postcode4 text PRIMARY KEY,
    wijk      text NOT NULL REFERENCES wijk (naam)
);
CREATE TABLE verwijzing (
    id            uuid        PRIMARY KEY,
    klant_id      uuid        NOT NULL REFERENCES klant (klant_id),
    vorm          text        NOT NULL,
    wijk          text,
    organisatie   text,
    aangemaakt_op timestamptz NOT NULL,
    door          text        NOT NULL
);
CREATE INDEX verwijzing_klant ON verwijzing (klant_id);

-- Seed 002 (2015): wijkwerken by WerkPro, Novo and Lentis in SPT, Beijum, Oosterpark and Hoogkerk;
-- Saaksumborg in Vinkhuizen; Radar in de Wijert and Helpman; Leger des Heils in Lewenborg.
INSERT INTO wijk (naam, organisatie) VALUES
    ('Selwerd-Paddepoel-Tuinwijk', 'WerkPro, Novo en Lentis (wijkwerken)'),
    ('Beijum', 'WerkPro, Novo en Lentis (wijkwerken)'),
    ('Oosterpark', 'WerkPro, Novo en Lentis (wijkwerken)'),
    ('Hoogkerk', 'WerkPro, Novo en Lentis (wijkwerken)'),
    ('Vinkhuizen', 'Saaksumborg'),
    ('de Wijert', 'Radar'),
    ('Helpman', 'Radar'),
    ('Lewenborg', 'Leger des Heils');
