-- The zoekperiode, the obligations, the outgoing mail, the conversation, the outcome, the caseload.

ALTER TABLE aanvraag
    ADD COLUMN briefadres                       text,
    ADD COLUMN leeftijd                         integer,
    ADD COLUMN zoekperiode_begindatum           date,
    ADD COLUMN zoekperiode_einddatum            date,
    ADD COLUMN ingangsdatum_uitkering           date,
    ADD COLUMN inspanning                       text,
    ADD COLUMN advies_terug_naar_school         boolean NOT NULL DEFAULT false,
    ADD COLUMN startkwalificatie_uitzondering   text,
    ADD COLUMN bevestigd_op                     timestamptz,
    ADD COLUMN activeringsmail_verzonden_op     timestamptz,
    ADD COLUMN gesprek_op                       timestamptz,
    ADD COLUMN besluit_op                       timestamptz,
    ADD COLUMN verplichtingen_nagekomen         boolean,
    ADD COLUMN besluit_reden                    text,
    ADD COLUMN uitstroom_reden                  text,
    ADD COLUMN uitgestroomd_op                  timestamptz;

UPDATE aanvraag SET leeftijd = 0, zoekperiode_begindatum = aanvraagdatum, zoekperiode_einddatum = aanvraagdatum + 28,
                    ingangsdatum_uitkering = aanvraagdatum, inspanning = 'WERK'
 WHERE zoekperiode_begindatum IS NULL;
ALTER TABLE aanvraag
    ALTER COLUMN leeftijd SET NOT NULL,
    ALTER COLUMN zoekperiode_begindatum SET NOT NULL,
    ALTER COLUMN zoekperiode_einddatum SET NOT NULL,
    ALTER COLUMN ingangsdatum_uitkering SET NOT NULL,
    ALTER COLUMN inspanning SET NOT NULL;

-- Due work looks here: open aanvragen whose zoekperiode has ended.
CREATE INDEX aanvraag_status_einde ON aanvraag (status, zoekperiode_einddatum);

-- At most one open aanvraag per klant, also under concurrent requests.
CREATE UNIQUE INDEX aanvraag_een_open_per_klant ON aanvraag (klant_id)
    WHERE status IN ('INGEDIEND', 'ZOEKPERIODE', 'GESPREK_GEPLAND');

CREATE TABLE verplichting (
    aanvraag_id    uuid        NOT NULL REFERENCES aanvraag (id),
    soort          text        NOT NULL,
    nagekomen      boolean     NOT NULL DEFAULT false,
    toelichting    text,
    gewijzigd_op   timestamptz,
    gewijzigd_door text,
    PRIMARY KEY (aanvraag_id, soort)
);

CREATE TABLE sollicitatie (
    id          uuid        PRIMARY KEY,
    aanvraag_id uuid        NOT NULL REFERENCES aanvraag (id),
    datum       date        NOT NULL,
    werkgever   text        NOT NULL,
    functie     text        NOT NULL,
    vastgelegd_op timestamptz NOT NULL
);
CREATE INDEX sollicitatie_aanvraag ON sollicitatie (aanvraag_id);

-- Outgoing mail: written with the change that causes it, sent (and retried) by MailVerzender.
CREATE TABLE uitgaande_mail (
    id                 uuid        PRIMARY KEY,
    aanvraag_id        uuid        NOT NULL REFERENCES aanvraag (id),
    soort              text        NOT NULL,
    ontvanger          text        NOT NULL,
    onderwerp          text        NOT NULL,
    inhoud             text        NOT NULL,
    aangemaakt_op      timestamptz NOT NULL,
    pogingen           integer     NOT NULL DEFAULT 0,
    volgende_poging_op timestamptz NOT NULL,
    verzonden_op       timestamptz,
    laatste_fout       text,
    UNIQUE (aanvraag_id, soort)
);
CREATE INDEX uitgaande_mail_te_verzenden ON uitgaande_mail (volgende_poging_op) WHERE verzonden_op IS NULL;

CREATE TABLE bestandsklant (
    klant_id           uuid        PRIMARY KEY REFERENCES klant (klant_id),
    regeling           text        NOT NULL,
    geboortedatum      date        NOT NULL,
    email              text,
    postcode           text,
    lopend_traject_tot date,
    geregistreerd_op   timestamptz NOT NULL
);
