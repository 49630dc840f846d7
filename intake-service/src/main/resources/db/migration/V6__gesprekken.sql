-- The first conversation in a team's slot (domain.md 1.7, issue 18 point 3). A row is never deleted:
-- a herplanning adds a new one (vorig_gesprek_id / opvolger_id), so the history stays.
CREATE TABLE gesprek (
    id               uuid        PRIMARY KEY,
    aanvraag_id      uuid        NOT NULL REFERENCES aanvraag (id),
    klant_id         uuid        NOT NULL,
    team             text        NOT NULL,
    datum            date        NOT NULL,
    slot             integer     NOT NULL CHECK (slot >= 0),
    tijdstip         timestamptz NOT NULL,
    duur_minuten     integer     NOT NULL,
    status           text        NOT NULL CHECK (status IN ('GEPLAND', 'GEVOERD', 'NIET_VERSCHENEN', 'VERPLAATST', 'GEANNULEERD')),
    gepland_op       timestamptz NOT NULL,
    gepland_door     text        NOT NULL,
    vorig_gesprek_id uuid        REFERENCES gesprek (id),
    herplan_reden    text,
    opvolger_id      uuid        REFERENCES gesprek (id),
    status_op        timestamptz,
    status_door      text,
    version          bigint      NOT NULL DEFAULT 0
);
-- One conversation per slot, whatever the number of replicas or requests at once: booking inserts
-- ON CONFLICT DO NOTHING against this index and takes the next slot when it lost. A moved or
-- cancelled conversation frees its slot.
CREATE UNIQUE INDEX gesprek_slot_bezet ON gesprek (team, datum, slot)
    WHERE status IN ('GEPLAND', 'GEVOERD', 'NIET_VERSCHENEN');
-- An aanvraag has at most one conversation ahead of it.
CREATE UNIQUE INDEX gesprek_een_gepland_per_aanvraag ON gesprek (aanvraag_id) WHERE status = 'GEPLAND';
CREATE INDEX gesprek_agenda ON gesprek (datum, team, tijdstip);
CREATE INDEX gesprek_aanvraag ON gesprek (aanvraag_id, gepland_op);

-- Conversations planned before the agenda existed (a date and time only) become rows of the default
-- team, so they can be listed, missed and planned again. Their slot numbers lie above any day's
-- capacity: they never collide with a slot booked from now on, and are counted as taken on their day.
INSERT INTO gesprek (id, aanvraag_id, klant_id, team, datum, slot, tijdstip, duur_minuten, status, gepland_op, gepland_door)
SELECT gen_random_uuid(), a.id, a.klant_id, 'werkplein', (a.gesprek_op AT TIME ZONE 'Europe/Amsterdam')::date,
       10000 + row_number() OVER (PARTITION BY (a.gesprek_op AT TIME ZONE 'Europe/Amsterdam')::date ORDER BY a.gesprek_op, a.id),
       a.gesprek_op, 45, 'GEPLAND', COALESCE(a.bevestigd_op, a.ingediend_op), 'intake-service'
  FROM aanvraag a
 WHERE a.status = 'GESPREK_GEPLAND' AND a.gesprek_op IS NOT NULL;
