-- Issue 13, point 7 (domain.md 7.4): a placement that ends early is re-valued on the months worked, and
-- nothing is credited twice for one person at one time.

-- klant_sleutel: a one-way key of the klantId (SHA-256), so overlapping placements of one person are
-- found without this service keeping the klantId itself. toegerekend: whether the placement counts;
-- when not, niet_toegerekend_reden says why (no contract, or overlapt_met: the credited placement of the
-- same person it overlaps). waarde is the current value (0 when not credited); oorspronkelijke_waarde
-- the value when credited; einddatum (the last day worked) and gewerkte_maanden once it ended.
ALTER TABLE plaatsing
    ADD COLUMN klant_sleutel          text,
    ADD COLUMN laatste_geplande_dag   date,
    ADD COLUMN toegerekend            boolean NOT NULL DEFAULT true,
    ADD COLUMN niet_toegerekend_reden text,
    ADD COLUMN overlapt_met           uuid,
    ADD COLUMN oorspronkelijke_waarde bigint,
    ADD COLUMN einddatum              date,
    ADD COLUMN eindreden              text,
    ADD COLUMN gewerkte_maanden       integer,
    ADD COLUMN hergewaardeerd_op      timestamptz;

UPDATE plaatsing SET laatste_geplande_dag = (startdatum + make_interval(months => duur_maanden))::date - 1,
                     oorspronkelijke_waarde = waarde;
-- placements recorded without a contract never counted
UPDATE plaatsing SET toegerekend = false, niet_toegerekend_reden = 'geen contract van de partner op de startdatum'
 WHERE contract_id IS NULL;
ALTER TABLE plaatsing ALTER COLUMN laatste_geplande_dag SET NOT NULL;

CREATE INDEX plaatsing_persoon ON plaatsing (klant_sleutel, startdatum) WHERE klant_sleutel IS NOT NULL;

-- An end (plaatsing-beeindigd) for a placement on a vacancy of this service that is not known yet: kept
-- and applied when the placement's credit arrives.
CREATE TABLE plaatsing_einde_wachtend (
    plaatsing_id uuid        PRIMARY KEY,
    einddatum    date        NOT NULL,
    reden        text,
    ontvangen_op timestamptz NOT NULL
);
