-- Partners that deliver their vacancies through the partner API (domain.md 7.3). The id is the
-- `sub` of the partner's token. `pool` is where its vacancies go unless a routing rule says otherwise.
CREATE TABLE partner (
    id             text        PRIMARY KEY,
    naam           text        NOT NULL,
    pool           text        NOT NULL,
    actief         boolean     NOT NULL DEFAULT true,
    -- the first day of the first ISO week the partner must deliver (the weekly check starts there)
    leveren_vanaf  date        NOT NULL,
    aangemaakt_op  timestamptz NOT NULL,
    version        bigint      NOT NULL DEFAULT 0
);

-- Randstad's framework contract: its vacancies go to the job-ready pool by default (domain.md 7.3).
INSERT INTO partner (id, naam, pool, actief, leveren_vanaf, aangemaakt_op)
VALUES ('randstad', 'Randstad', 'BEMIDDELBAAR', true, CURRENT_DATE, now());

-- Procurement contracts with a Social Return obligation (domain.md 7.1).
CREATE TABLE contract (
    id                 uuid          PRIMARY KEY,
    opdrachtnemer      text          NOT NULL,
    kvk_nummer         text,
    opdrachtgever      text          NOT NULL,
    opdrachtwaarde     bigint        NOT NULL,
    percentage         numeric(7, 4) NOT NULL,
    verplichting       bigint        NOT NULL,
    partner_id         text          REFERENCES partner (id),
    begindatum         date          NOT NULL,
    einddatum          date,
    gerealiseerd       bigint        NOT NULL DEFAULT 0,
    geregistreerd_op   timestamptz   NOT NULL,
    geregistreerd_door text          NOT NULL,
    version            bigint        NOT NULL DEFAULT 0
);
CREATE INDEX contract_partner ON contract (partner_id, begindatum);

-- The bouwblokken tariff table: versioned, effective-dated data (domain.md 7.4). A placement is
-- valued with the version whose ingangsdatum is the latest on or before its startdatum.
CREATE TABLE tarieftabel (
    versie               integer     PRIMARY KEY,
    ingangsdatum         date        NOT NULL UNIQUE,
    vijftig_plus_toeslag bigint      NOT NULL,
    -- pro rata: value x min(hours, uren_norm)/uren_norm x min(months, maanden_norm)/maanden_norm
    uren_norm            integer     NOT NULL,
    maanden_norm         integer     NOT NULL,
    toelichting          text,
    gepubliceerd_op      timestamptz NOT NULL,
    gepubliceerd_door    text        NOT NULL
);
CREATE TABLE tarief (
    id          bigserial PRIMARY KEY,
    versie      integer   NOT NULL REFERENCES tarieftabel (versie),
    soort       text      NOT NULL,
    -- null: any target group
    doelgroep   text,
    waarde      bigint    NOT NULL,
    -- a flat amount per placement: no pro rata, no supplement (WERKLEERPLEK)
    forfaitair  boolean   NOT NULL
);
CREATE UNIQUE INDEX tarief_uniek ON tarief (versie, soort, coalesce(doelgroep, '*'));

-- Version 1: the default table of domain.md 7.4, in cents, valid from long before the first contract.
INSERT INTO tarieftabel (versie, ingangsdatum, vijftig_plus_toeslag, uren_norm, maanden_norm, toelichting, gepubliceerd_op, gepubliceerd_door)
VALUES (1, DATE '2000-01-01', 1000000, 36, 12, 'Standaardtabel bouwblokkenmethode (domain.md 7.4)', now(), 'systeem');
INSERT INTO tarief (versie, soort, doelgroep, waarde, forfaitair) VALUES
    (1, 'BAAN',             'PARTICIPATIEWET',   4000000, false),
    (1, 'BAAN',             'DOELGROEPREGISTER', 5000000, false),
    (1, 'BAAN',             'SW',                5000000, false),
    (1, 'BAAN',             'WW',                2000000, false),
    (1, 'DETACHERING',      'PARTICIPATIEWET',   4000000, false),
    (1, 'DETACHERING',      'DOELGROEPREGISTER', 5000000, false),
    (1, 'DETACHERING',      'SW',                5000000, false),
    (1, 'DETACHERING',      'WW',                2000000, false),
    (1, 'OPLEIDINGSPLAATS', NULL,                3500000, false),
    (1, 'WERKLEERPLEK',     NULL,                 500000, true);

-- One row per partner and ISO week: the outcome of the week's (last) delivery, returned again when
-- the same delivery comes twice (inhoud_hash).
CREATE TABLE levering (
    id            uuid        PRIMARY KEY,
    partner_id    text        NOT NULL REFERENCES partner (id),
    jaar          integer     NOT NULL,
    week          integer     NOT NULL,
    inhoud_hash   text        NOT NULL,
    aantal        integer     NOT NULL,
    geaccepteerd  integer     NOT NULL,
    afgewezen     text        NOT NULL,
    aantal_afgewezen integer  NOT NULL,
    nieuw         integer     NOT NULL,
    gewijzigd     integer     NOT NULL,
    ingetrokken   integer     NOT NULL,
    ongewijzigd   integer     NOT NULL,
    ontvangen_op  timestamptz NOT NULL,
    keer          integer     NOT NULL DEFAULT 1,
    UNIQUE (partner_id, jaar, week)
);

-- Weeks a partner did not deliver, found by the weekly check (due work).
CREATE TABLE gemiste_levering (
    partner_id     text        NOT NULL REFERENCES partner (id),
    jaar           integer     NOT NULL,
    week           integer     NOT NULL,
    vastgesteld_op timestamptz NOT NULL,
    PRIMARY KEY (partner_id, jaar, week)
);

-- Every vacancy this service routed: a partner's (bron PARTNER, stable per partner and referentie)
-- or a place Bureau Social Return registered under a contract (bron SOCIAL_RETURN).
CREATE TABLE vacature (
    id                uuid        PRIMARY KEY,
    bron              text        NOT NULL,
    partner_id        text        REFERENCES partner (id),
    contract_id       uuid        REFERENCES contract (id),
    referentie        text        NOT NULL,
    pool              text        NOT NULL,
    routering_reden   text        NOT NULL,
    soort             text        NOT NULL,
    titel             text        NOT NULL,
    omschrijving      text,
    beroepscode       text        NOT NULL,
    postcode          text        NOT NULL,
    uren_per_week     integer     NOT NULL,
    opleidingsniveau  text        NOT NULL,
    sluitingsdatum    date,
    sw                boolean     NOT NULL,
    werkgever         text,
    inhoud_hash       text        NOT NULL,
    status            text        NOT NULL,
    aangeboden_op     timestamptz NOT NULL,
    gewijzigd_op      timestamptz NOT NULL,
    ingetrokken_op    timestamptz,
    -- ISO week (e.g. 2026-W09) of the delivery that first brought a partner's vacancy
    eerste_week       text,
    version           bigint      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX vacature_partner_referentie ON vacature (partner_id, referentie) WHERE bron = 'PARTNER';
CREATE UNIQUE INDEX vacature_contract_referentie ON vacature (contract_id, referentie) WHERE bron = 'SOCIAL_RETURN';
CREATE INDEX vacature_contract ON vacature (contract_id);

-- Realised placements credited to a contract with their bouwblokken value, once per plaatsingId.
CREATE TABLE plaatsing (
    plaatsing_id       uuid        PRIMARY KEY,
    vacature_id        uuid        NOT NULL REFERENCES vacature (id),
    contract_id        uuid        REFERENCES contract (id),
    partner_id         text,
    soort              text        NOT NULL,
    doelgroep          text,
    startdatum         date        NOT NULL,
    uren_per_week      integer     NOT NULL,
    duur_maanden       integer     NOT NULL,
    vijftig_plus       boolean     NOT NULL,
    tarieftabel_versie integer     NOT NULL REFERENCES tarieftabel (versie),
    waarde             bigint      NOT NULL,
    berekening         text        NOT NULL,
    toegerekend_op     timestamptz NOT NULL
);
CREATE INDEX plaatsing_contract ON plaatsing (contract_id, startdatum);
CREATE INDEX plaatsing_partner ON plaatsing (partner_id, startdatum);
