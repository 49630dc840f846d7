-- Questionnaires as versioned data; answer sets with their decisions; the indeling and its history.
CREATE TABLE vragenlijst (
    id              uuid        PRIMARY KEY,
    soort           text        NOT NULL,
    versie          text        NOT NULL,
    vragen          text        NOT NULL,
    gepubliceerd_op timestamptz NOT NULL,
    UNIQUE (soort, versie)
);

-- Every answer set with its inputs, the rule set that judged it and what it decided.
CREATE TABLE beoordeling (
    id                uuid        PRIMARY KEY,
    klant_id          uuid        NOT NULL REFERENCES klant (klant_id),
    vragenlijst_id    uuid        NOT NULL REFERENCES vragenlijst (id),
    antwoorden        text        NOT NULL,
    scores            text        NOT NULL,
    uitkomst          text        NOT NULL,
    toelichting       text        NOT NULL,
    regelset_naam     text        NOT NULL,
    regelset_versie   text        NOT NULL,
    ingediend_op      timestamptz NOT NULL,
    ingediend_door    text        NOT NULL
);
CREATE INDEX beoordeling_klant ON beoordeling (klant_id, ingediend_op);

CREATE TABLE indeling (
    klant_id   uuid    PRIMARY KEY REFERENCES klant (klant_id),
    lijn       text,
    doorgeleid boolean NOT NULL DEFAULT false,
    version    bigint  NOT NULL DEFAULT 0
);

CREATE TABLE indeling_historie (
    id              bigserial   PRIMARY KEY,
    klant_id        uuid        NOT NULL REFERENCES klant (klant_id),
    lijn            text,
    uitkomst        text,
    datum           timestamptz NOT NULL,
    door            text        NOT NULL,
    reden           text        NOT NULL,
    regelset_naam   text,
    regelset_versie text
);
CREATE INDEX indeling_historie_klant ON indeling_historie (klant_id, id);

INSERT INTO vragenlijst (id, soort, versie, gepubliceerd_op, vragen) VALUES (
  '8d5c2f0e-2014-4e01-9a01-000000000001', 'ENTREE', '2026.1', '2026-01-01T00:00:00+01:00',
  '[
    {"id":"K1","tekst":"Ik heb een opleiding of diploma waarmee ik aan het werk kan.","type":"SCHAAL","dimensie":"KUNNEN"},
    {"id":"K2","tekst":"Ik heb recente werkervaring (de laatste drie jaar).","type":"SCHAAL","dimensie":"KUNNEN"},
    {"id":"K3","tekst":"Ik kan zelf een cv en een sollicitatiebrief maken.","type":"SCHAAL","dimensie":"KUNNEN"},
    {"id":"K4","tekst":"Ik kan met een computer en internet vacatures zoeken en solliciteren.","type":"SCHAAL","dimensie":"KUNNEN"},
    {"id":"W1","tekst":"Ik wil zo snel mogelijk aan het werk.","type":"SCHAAL","dimensie":"WILLEN"},
    {"id":"W2","tekst":"Ik ben bereid werk buiten mijn eigen vak te doen.","type":"SCHAAL","dimensie":"WILLEN"},
    {"id":"W3","tekst":"Ik ben bereid te reizen voor werk (tot een uur per dag).","type":"SCHAAL","dimensie":"WILLEN"},
    {"id":"W4","tekst":"Ik zoek iedere week actief naar werk.","type":"SCHAAL","dimensie":"WILLEN"},
    {"id":"C1","tekst":"Ik ken mensen die mij kunnen helpen aan werk te komen.","type":"SCHAAL","dimensie":"CONTACTEN"},
    {"id":"C2","tekst":"Ik heb contact met (oud-)collega''s of werkgevers.","type":"SCHAAL","dimensie":"CONTACTEN"},
    {"id":"C3","tekst":"Ik gebruik mijn netwerk of sociale media om werk te vinden.","type":"SCHAAL","dimensie":"CONTACTEN"},
    {"id":"C4","tekst":"Ik durf zelf contact op te nemen met werkgevers.","type":"SCHAAL","dimensie":"CONTACTEN"},
    {"id":"B1","tekst":"Belemmert uw gezondheid u om te werken?","type":"JA_NEE","blokkerendeAntwoorden":["true"]},
    {"id":"B2","tekst":"Heeft u zorgtaken die werken nu in de weg staan?","type":"JA_NEE","blokkerendeAntwoorden":["true"]},
    {"id":"B3","tekst":"Heeft u schulden waarvoor u hulp nodig heeft?","type":"JA_NEE","blokkerendeAntwoorden":["true"]},
    {"id":"B4","tekst":"Hoe goed spreekt en schrijft u Nederlands?","type":"KEUZE","opties":["GOED","REDELIJK","MATIG","SLECHT"],"blokkerendeAntwoorden":["SLECHT"]},
    {"id":"B5","tekst":"Heeft u een vaste woon- of verblijfplaats?","type":"JA_NEE","blokkerendeAntwoorden":["false"]}
  ]');

INSERT INTO vragenlijst (id, soort, versie, gepubliceerd_op, vragen) VALUES (
  '8d5c2f0e-2014-4e01-9a01-000000000002', 'AANVULLEND', '2026.1', '2026-01-01T00:00:00+01:00',
  '[
    {"id":"A1","tekst":"Wat zou u het liefst overdag doen?","type":"KEUZE","opties":["DAGBESTEDING","VRIJWILLIGERSWERK","BESCHUT_WERK","ANDERS"]},
    {"id":"A2","tekst":"Hoeveel uur per week kunt u iets doen?","type":"SCHAAL","dimensie":"KUNNEN"},
    {"id":"A3","tekst":"Ik wil graag (weer) betaald werk doen.","type":"SCHAAL","dimensie":"WILLEN"},
    {"id":"A4","tekst":"Ik heb mensen om me heen die mij helpen.","type":"SCHAAL","dimensie":"CONTACTEN"}
  ]');
