-- The client's lifecycle (issue 13): the current cycle (the aanvraag of the latest klant-doorgeleid),
-- the end of the benefit, UWV's doelgroepregister indication, and the derived flags the pool rule reads.
ALTER TABLE kandidaat
    ADD COLUMN aanvraag_id              uuid,
    ADD COLUMN cyclus_start             timestamptz,
    ADD COLUMN uitkering_beeindigd      boolean NOT NULL DEFAULT false,
    ADD COLUMN beeindigd_op             date,
    ADD COLUMN beeindiging_reden        text,
    ADD COLUMN doelgroepregister        boolean,
    ADD COLUMN doelgroepregister_datum  date,
    ADD COLUMN doelgroepregister_bron   text;

-- What happened to a client, one row per handled event that changes a line, a pool or availability.
-- The derived flags above are recomputed from these rows and the current cycle, so the order in which
-- the topics deliver does not matter; the rows also are the candidate's history.
CREATE TABLE kandidaat_historie (
    event_id     uuid        PRIMARY KEY,
    klant_id     uuid        NOT NULL,
    soort        text        NOT NULL,
    tijd         timestamptz NOT NULL,
    aanvraag_id  uuid,
    lijn         text,
    reden        text,
    datum        date
);
CREATE INDEX kandidaat_historie_klant ON kandidaat_historie (klant_id, tijd);

-- A placement records its end (domain.md 6.5).
ALTER TABLE plaatsing
    ADD COLUMN einddatum       date,
    ADD COLUMN eindreden       text,
    ADD COLUMN beeindigd_op    timestamptz,
    ADD COLUMN beeindigd_door  text;
CREATE INDEX plaatsing_klant_lopend ON plaatsing (klant_id) WHERE einddatum IS NULL;

-- Whether socialreturn's event named the place's soort (then a placement must keep it: what is credited).
ALTER TABLE vacature ADD COLUMN soort_geregistreerd boolean NOT NULL DEFAULT false;
