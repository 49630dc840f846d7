-- Management information (docs/managementinformatie.md): monthly counters built from events by the
-- platform's ManagementinformatieProjectie (aggregates only), the current line of each routed client
-- that the caseload projection needs to count a move out, and the P-budget per year and line as
-- versioned data (a new amount is a new version; history stays).
CREATE TABLE mi_kengetal (
    meting  text   NOT NULL,
    maand   date   NOT NULL,
    sleutel text   NOT NULL DEFAULT '',
    waarde  bigint NOT NULL,
    PRIMARY KEY (meting, maand, sleutel)
);

CREATE TABLE mi_klant_lijn (
    klant_id uuid PRIMARY KEY,
    lijn     text
);

CREATE TABLE mi_p_budget (
    jaar           integer     NOT NULL,
    lijn           text        NOT NULL,
    versie         integer     NOT NULL,
    bedrag         bigint      NOT NULL CHECK (bedrag >= 0),
    toelichting    text,
    vastgesteld_op timestamptz NOT NULL,
    PRIMARY KEY (jaar, lijn, versie)
);
