-- issue 13: obligations shown (reported by the klant, verified by staff), the gate's evidence kept with
-- the besluit, the end of a granted benefit, timely money (advances and the term watch), mail results.

-- An unknown startkwalificatie is not the same as none (domain.md 1.10): no more default false.
ALTER TABLE aanvraag ALTER COLUMN startkwalificatie DROP NOT NULL;

ALTER TABLE aanvraag
    -- who decided, and the tracked state of the four obligations at that moment
    ADD COLUMN besluit_door                 text,
    ADD COLUMN besluit_uwv_inschrijving     boolean,
    ADD COLUMN besluit_cv                   boolean,
    ADD COLUMN besluit_sollicitaties        boolean,
    ADD COLUMN besluit_entreevragenlijst    boolean,
    -- the end of the granted benefit (status BEEINDIGD)
    ADD COLUMN beeindiging_reden            text,
    ADD COLUMN beeindigd_op                 date,
    ADD COLUMN beeindiging_plaatsing_id     uuid,
    ADD COLUMN beeindiging_vastgelegd_op    timestamptz,
    ADD COLUMN beeindiging_door             text;

-- nagekomen now means: verified by staff (or, for ENTREEVRAGENLIJST, a questionnaire submitted).
-- gemeld_*: what the klant reported, with evidence; beoordeeld_*: staff's verification or rejection.
ALTER TABLE verplichting
    ADD COLUMN gemeld_op          timestamptz,
    ADD COLUMN gemeld_toelichting text,
    ADD COLUMN beoordeeld_op      timestamptz,
    ADD COLUMN beoordeeld_door    text;
-- Before this, a klant's own claim set nagekomen (a klant's sub is their klantId, a UUID): that becomes
-- a report, not yet verified. Staff changes stay verifications.
UPDATE verplichting SET gemeld_op = gewijzigd_op, gemeld_toelichting = toelichting, nagekomen = false
 WHERE gewijzigd_door ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' AND soort <> 'ENTREEVRAGENLIJST';
UPDATE verplichting SET beoordeeld_op = gewijzigd_op, beoordeeld_door = gewijzigd_door
 WHERE gewijzigd_op IS NOT NULL AND gemeld_op IS NULL;

-- Advances (voorschot, domain.md 1.9), in euro cents.
CREATE TABLE voorschot (
    id              uuid        PRIMARY KEY,
    aanvraag_id     uuid        NOT NULL REFERENCES aanvraag (id),
    bedrag          bigint      NOT NULL CHECK (bedrag > 0),
    datum           date        NOT NULL,
    vastgelegd_op   timestamptz NOT NULL,
    vastgelegd_door text        NOT NULL
);
CREATE INDEX voorschot_aanvraag ON voorschot (aanvraag_id);

-- The term watch: one row per aanvraag, re-assessed by due work once a day (FOR UPDATE SKIP LOCKED on
-- these rows, so the aanvraag rows themselves are never locked by it), and the signals it found.
CREATE TABLE termijnbewaking (
    aanvraag_id uuid PRIMARY KEY REFERENCES aanvraag (id),
    bepaald_op  date NOT NULL
);
CREATE INDEX termijnbewaking_bepaald_op ON termijnbewaking (bepaald_op);
INSERT INTO termijnbewaking (aanvraag_id, bepaald_op) SELECT id, DATE '1970-01-01' FROM aanvraag;

CREATE TABLE termijnsignaal (
    aanvraag_id uuid NOT NULL REFERENCES aanvraag (id),
    signaal     text NOT NULL,
    PRIMARY KEY (aanvraag_id, signaal)
);
CREATE INDEX termijnsignaal_signaal ON termijnsignaal (signaal, aanvraag_id);

-- Mail results (docs/events.md): the request's type is echoed in bericht-verzonden; a request that
-- cannot be sent is answered once per berichtId.
ALTER TABLE uitgaande_mail ADD COLUMN verzoek_type text;
CREATE TABLE bericht_niet_verzonden (
    bericht_id     uuid        PRIMARY KEY,
    klant_id       uuid        NOT NULL,
    verzoek_type   text        NOT NULL,
    reden          text        NOT NULL,
    vastgesteld_op timestamptz NOT NULL
);
