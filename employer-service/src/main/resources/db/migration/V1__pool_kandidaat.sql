-- Candidate pools, each served by matchers; a fresh suite has the three of domain.md 6.3 / 7.2.
CREATE TABLE pool (
    code         text        PRIMARY KEY,
    omschrijving text        NOT NULL,
    aangemaakt_op timestamptz NOT NULL DEFAULT now()
);
INSERT INTO pool (code, omschrijving) VALUES
    ('BEMIDDELBAAR', 'Bemiddelbare klanten: zelfdoeners en wie met beperkte steun kan werken'),
    ('KLANTONDERSTEUNING', 'Klanten in Klantondersteuning: Centrum voor Werk en werkleerplek'),
    ('SW', 'SW''ers: detachering, begeleid werken en werken op locatie');

-- The candidate read model: built only from other services' events (no BSN, no name), rebuildable
-- by replaying those topics. Lists are stored as separated text: codes with ',', skills with '|'.
CREATE TABLE kandidaat (
    klant_id               uuid        PRIMARY KEY,
    doorgeleid             boolean     NOT NULL DEFAULT false,
    lijn                   text,
    regeling               text,
    bestandsklant          boolean     NOT NULL DEFAULT false,
    leeftijd               integer,
    leeftijd_peildatum     date,
    postcode4              text,
    ko_fase                text,
    werkintake             text,
    ko_uren_per_week       integer,
    branche                text,
    loonwaarde_percentage  integer,
    onder_wml              boolean,
    beroepscodes           text,
    ervaring               text,
    vaardigheden           text,
    wensen                 text,
    opleidingsniveau       text,
    uren_per_week          integer,
    werkregio              text,
    beschikbaar_per        date,
    werk_gevonden          boolean     NOT NULL DEFAULT false,
    uitgestroomd           boolean     NOT NULL DEFAULT false,
    gewijzigd_op           timestamptz NOT NULL DEFAULT now(),
    version                bigint      NOT NULL DEFAULT 0
);
CREATE INDEX kandidaat_gewijzigd ON kandidaat (gewijzigd_op);

-- Every write stamps the row, so each replica's in-memory index can load what changed since it last looked.
CREATE FUNCTION kandidaat_gewijzigd() RETURNS trigger AS $$
BEGIN
    NEW.gewijzigd_op := now();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER kandidaat_gewijzigd BEFORE INSERT OR UPDATE ON kandidaat
    FOR EACH ROW EXECUTE FUNCTION kandidaat_gewijzigd();
