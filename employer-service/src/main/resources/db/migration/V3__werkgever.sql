-- Employers and the account managers who keep them (domain.md 6.1).
CREATE TABLE accountmanager (
    id          uuid        PRIMARY KEY,
    naam        text        NOT NULL,
    email       text        NOT NULL,
    branches    text        NOT NULL,
    aangemaakt_op timestamptz NOT NULL
);

CREATE TABLE werkgever (
    id                 uuid        PRIMARY KEY,
    naam               text        NOT NULL,
    kvk_nummer         text        NOT NULL UNIQUE,
    branche            text        NOT NULL,
    straat             text,
    huisnummer         text,
    postcode           text,
    plaats             text,
    accountmanager_id  uuid        REFERENCES accountmanager (id),
    aangemaakt_op      timestamptz NOT NULL,
    gewijzigd_op       timestamptz NOT NULL,
    version            bigint      NOT NULL DEFAULT 0
);
CREATE INDEX werkgever_branche ON werkgever (branche);

CREATE TABLE contactpersoon (
    id            uuid PRIMARY KEY,
    werkgever_id  uuid NOT NULL REFERENCES werkgever (id) ON DELETE CASCADE,
    volgorde      integer NOT NULL,
    naam          text NOT NULL,
    functie       text,
    email         text,
    telefoon      text
);
CREATE INDEX contactpersoon_werkgever ON contactpersoon (werkgever_id);

CREATE TABLE contactmoment (
    id            uuid        PRIMARY KEY,
    werkgever_id  uuid        NOT NULL REFERENCES werkgever (id),
    datum         date        NOT NULL,
    kanaal        text        NOT NULL,
    verslag       text        NOT NULL,
    door          text        NOT NULL,
    vastgelegd_op timestamptz NOT NULL
);
CREATE INDEX contactmoment_werkgever ON contactmoment (werkgever_id, datum DESC);

-- Current and future staffing needs, e.g. a training route for a group of job-seekers.
CREATE TABLE personeelsbehoefte (
    id                uuid        PRIMARY KEY,
    werkgever_id      uuid        NOT NULL REFERENCES werkgever (id),
    omschrijving      text        NOT NULL,
    soort             text        NOT NULL,
    beroepscode       text,
    aantal            integer     NOT NULL,
    vanaf             date        NOT NULL,
    tot               date,
    opleidingstraject boolean     NOT NULL,
    door              text        NOT NULL,
    vastgelegd_op     timestamptz NOT NULL
);
CREATE INDEX personeelsbehoefte_werkgever ON personeelsbehoefte (werkgever_id, vanaf);
