-- Klantondersteuning (domain.md §4): phase 1 in the Centrum voor Werk, the werkintake, the loonwaarde, phase 2 on a werkleerplek.
CREATE TABLE ko_traject (
    id                          uuid        PRIMARY KEY,
    klant_id                    uuid        NOT NULL REFERENCES klant (klant_id),
    fase                        text        NOT NULL,
    cvw_begindatum              date        NOT NULL,
    cvw_uiterlijk_tot           date        NOT NULL,
    uren_per_week               integer     NOT NULL,
    werkintake                  text,
    werkintake_toelichting      text,
    loonwaarde_onder_wml_vermoed boolean,
    loonwaarde_percentage       integer,
    loonwaarde_vastgesteld_op   date,
    werkleerplek_begindatum     date,
    werkleerplek_uiterlijk_tot  date,
    branche                     text,
    werkleerplek_organisatie    text,
    limiet_overschreden_op      date,
    afgesloten_op               date,
    afsluitreden                text,
    gestart_door                text        NOT NULL,
    version                     bigint      NOT NULL DEFAULT 0
);
-- one running trajectory per client
CREATE UNIQUE INDEX ko_traject_lopend ON ko_traject (klant_id) WHERE fase <> 'AFGESLOTEN';
-- due work: running trajectories not yet flagged for their current phase
CREATE INDEX ko_traject_bewaking ON ko_traject (fase) WHERE limiet_overschreden_op IS NULL AND fase <> 'AFGESLOTEN';
