-- A Randstad workshop referral (domain.md 3.5), made by an evaluation with uitkomst WORKSHOP. The
-- partner knows the client only by `referentie`: random per referral, never derived from the klantId.
CREATE TABLE workshopverwijzing (
    id            uuid        PRIMARY KEY,
    referentie    text        NOT NULL UNIQUE,
    partner_id    text        NOT NULL,
    klant_id      uuid        NOT NULL,
    traject_id    uuid        NOT NULL REFERENCES traject (id),
    evaluatie_id  uuid        NOT NULL UNIQUE REFERENCES evaluatie (id),
    onderwerp     text        NOT NULL,
    status        text        NOT NULL,
    verwezen_op   timestamptz NOT NULL,
    gemeld_op     timestamptz,
    version       bigint      NOT NULL DEFAULT 0
);
CREATE INDEX workshopverwijzing_partner ON workshopverwijzing (partner_id, status, verwezen_op);
CREATE INDEX workshopverwijzing_traject ON workshopverwijzing (traject_id);
