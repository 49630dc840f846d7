-- Vacancies from employers (REST), Social Return and partners (socialreturn's pool topics).
CREATE TABLE vacature (
    id                uuid        PRIMARY KEY,
    volgnummer        bigserial   NOT NULL UNIQUE,
    bron              text        NOT NULL,
    pool              text        NOT NULL,
    referentie        text        NOT NULL,
    titel             text        NOT NULL,
    omschrijving      text,
    soort             text        NOT NULL,
    beroepscode       text,
    postcode4         text,
    uren_per_week     integer,
    opleidingsniveau  text,
    vaardigheden      text,
    sluitingsdatum    date,
    sw                boolean     NOT NULL DEFAULT false,
    werkgever_id      uuid,
    werkgever_naam    text,
    partner_id        text,
    contract_id       uuid,
    status            text        NOT NULL,
    aangeboden_op     timestamptz NOT NULL,
    gewijzigd_op      timestamptz NOT NULL,
    afgehandeld_op    timestamptz,
    afgehandeld_door  text,
    version           bigint      NOT NULL DEFAULT 0
);
CREATE INDEX vacature_werkvoorraad ON vacature (pool, status, aangeboden_op DESC, volgnummer DESC);

-- A matcher's verdict on a candidate for a vacancy: proposed to the employer, or rejected with a reason.
CREATE TABLE voorstel (
    id           uuid        PRIMARY KEY,
    vacature_id  uuid        NOT NULL REFERENCES vacature (id),
    klant_id     uuid        NOT NULL,
    uitkomst     text        NOT NULL,
    reden        text,
    door         text        NOT NULL,
    op           timestamptz NOT NULL,
    UNIQUE (vacature_id, klant_id)
);
CREATE INDEX voorstel_op ON voorstel (op);

-- A realised placement (domain.md 6.3); once per (vacature, klant).
CREATE TABLE plaatsing (
    id              uuid        PRIMARY KEY,
    vacature_id     uuid        NOT NULL REFERENCES vacature (id),
    klant_id        uuid        NOT NULL,
    pool            text        NOT NULL,
    bron            text        NOT NULL,
    soort           text        NOT NULL,
    startdatum      date        NOT NULL,
    uren_per_week   integer     NOT NULL,
    duur_maanden    integer     NOT NULL,
    uitstroom       text        NOT NULL,
    doelgroep       text        NOT NULL,
    vijftig_plus    boolean     NOT NULL,
    geregistreerd_op timestamptz NOT NULL,
    door            text        NOT NULL,
    UNIQUE (vacature_id, klant_id)
);
CREATE INDEX plaatsing_klant ON plaatsing (klant_id);
CREATE INDEX plaatsing_op ON plaatsing (geregistreerd_op);
