-- The klant: the pseudonymous klantId every service shares, and the BSN it stands for, which never
-- leaves this service. Found by an HMAC of the BSN; the BSN itself is stored AES-GCM encrypted.
CREATE TABLE klant (
    klant_id        uuid        PRIMARY KEY,
    bsn_hmac        text        NOT NULL UNIQUE,
    bsn_versleuteld text        NOT NULL,
    aangemaakt_op   timestamptz NOT NULL
);

CREATE TABLE aanvraag (
    id                uuid        PRIMARY KEY,
    klant_id          uuid        NOT NULL REFERENCES klant (klant_id),
    status            text        NOT NULL,
    kanaal            text        NOT NULL,
    geboortedatum     date        NOT NULL,
    email             text        NOT NULL,
    postcode          text,
    aanvraagdatum     date        NOT NULL,
    melding_uwv_datum date,
    startkwalificatie boolean     NOT NULL,
    ingediend_op      timestamptz NOT NULL,
    version           bigint      NOT NULL DEFAULT 0
);
CREATE INDEX aanvraag_klant ON aanvraag (klant_id);
