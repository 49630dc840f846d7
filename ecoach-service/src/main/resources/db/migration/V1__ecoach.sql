-- E-coaches, maintained by beheer; capaciteit null means the configured default.
CREATE TABLE ecoach (
    id            uuid        PRIMARY KEY,
    naam          text        NOT NULL,
    actief        boolean     NOT NULL DEFAULT true,
    capaciteit    integer,
    aangemaakt_op timestamptz NOT NULL DEFAULT now(),
    version       bigint      NOT NULL DEFAULT 0
);

-- What the events of screening and intake tell about a client. Times are the events' own times,
-- so events arriving out of order across topics are judged by when they happened.
CREATE TABLE klant (
    klant_id            uuid        PRIMARY KEY,
    lijn                text,
    doorgeleid_op       timestamptz,
    bestandsklant       boolean     NOT NULL DEFAULT false,
    op_uitkering        boolean,
    uitkering_status_op timestamptz,
    version             bigint      NOT NULL DEFAULT 0
);

-- Collectieve voorlichting (domain.md 3.1).
CREATE TABLE voorlichting (
    id             uuid        PRIMARY KEY,
    datum          date        NOT NULL,
    begintijd      time        NOT NULL,
    eindtijd       time        NOT NULL,
    locatie        text,
    online_link    text,
    capaciteit     integer     NOT NULL CHECK (capaciteit > 0),
    uitzendbureaus text        NOT NULL DEFAULT '',
    ecoach_id      uuid        REFERENCES ecoach (id),
    automatisch    boolean     NOT NULL DEFAULT false,
    aangemaakt_op  timestamptz NOT NULL DEFAULT now(),
    CHECK (locatie IS NOT NULL OR online_link IS NOT NULL)
);
CREATE INDEX voorlichting_datum ON voorlichting (datum, begintijd);
-- The weekly sessions the due work keeps planned: one per day, whichever replica gets there first.
CREATE UNIQUE INDEX voorlichting_automatisch_per_dag ON voorlichting (datum) WHERE automatisch;

CREATE TABLE traject (
    id                   uuid        PRIMARY KEY,
    klant_id             uuid        NOT NULL REFERENCES klant (klant_id),
    ecoach_id            uuid        NOT NULL REFERENCES ecoach (id),
    status               text        NOT NULL,
    startdatum           date        NOT NULL,
    gestart_op           timestamptz NOT NULL,
    doorgeleid_op        timestamptz NOT NULL,
    voorlichting_id      uuid        REFERENCES voorlichting (id),
    evaluatie_gepland_op date        NOT NULL,
    evaluatie_status     text        NOT NULL,
    evaluatie_nodig_op   timestamptz,
    afgesloten_op        timestamptz,
    afsluitreden         text,
    version              bigint      NOT NULL DEFAULT 0
);
-- At most one active trajectory per client.
CREATE UNIQUE INDEX traject_een_actief ON traject (klant_id) WHERE status = 'ACTIEF';
CREATE INDEX traject_klant ON traject (klant_id, gestart_op);
CREATE INDEX traject_caseload ON traject (ecoach_id, status);
CREATE INDEX traject_evaluatie ON traject (evaluatie_gepland_op) WHERE status = 'ACTIEF' AND evaluatie_status = 'GEPLAND';
CREATE INDEX traject_zonder_voorlichting ON traject (gestart_op) WHERE status = 'ACTIEF' AND voorlichting_id IS NULL;

-- Invitations to a session and the attendance recorded there.
CREATE TABLE deelname (
    voorlichting_id uuid        NOT NULL REFERENCES voorlichting (id),
    traject_id      uuid        NOT NULL REFERENCES traject (id),
    klant_id        uuid        NOT NULL,
    uitgenodigd_op  timestamptz NOT NULL,
    aanwezig        boolean,
    geregistreerd_op timestamptz,
    PRIMARY KEY (voorlichting_id, traject_id)
);
CREATE INDEX deelname_klant ON deelname (klant_id);

CREATE TABLE evaluatie (
    id            uuid        PRIMARY KEY,
    traject_id    uuid        NOT NULL REFERENCES traject (id),
    klant_id      uuid        NOT NULL,
    uitkomst      text        NOT NULL,
    workshop      text,
    toelichting   text,
    door          text        NOT NULL,
    uitgevoerd_op timestamptz NOT NULL
);
CREATE INDEX evaluatie_traject ON evaluatie (traject_id);

-- The Werkmap (domain.md 3.3).
CREATE TABLE activiteit (
    id               uuid        PRIMARY KEY,
    klant_id         uuid        NOT NULL,
    traject_id       uuid        NOT NULL REFERENCES traject (id),
    datum            date        NOT NULL,
    werkgever        text        NOT NULL,
    functie          text        NOT NULL,
    kanaal           text        NOT NULL,
    resultaat        text        NOT NULL,
    toelichting      text,
    geregistreerd_op timestamptz NOT NULL,
    door             text        NOT NULL
);
CREATE INDEX activiteit_klant_datum ON activiteit (klant_id, datum);

CREATE TABLE cv (
    klant_id     uuid        PRIMARY KEY,
    tekst        text        NOT NULL,
    gewijzigd_op timestamptz NOT NULL,
    version      bigint      NOT NULL DEFAULT 0
);

-- The profile as one JSON document: it is read and written as a whole.
CREATE TABLE profiel (
    klant_id     uuid        PRIMARY KEY,
    inhoud       text        NOT NULL,
    gewijzigd_op timestamptz NOT NULL,
    version      bigint      NOT NULL DEFAULT 0
);

CREATE TABLE bericht (
    id           uuid        PRIMARY KEY,
    klant_id     uuid        NOT NULL,
    van          text        NOT NULL,
    afzender     text        NOT NULL,
    tekst        text        NOT NULL,
    verzonden_op timestamptz NOT NULL
);
CREATE INDEX bericht_klant ON bericht (klant_id, verzonden_op);
