-- Issue 13: one client, one story.

-- A client's cycle (domain.md 1.11): one aanvraag from its filing to its end. A new aanvraag starts a
-- new cycle; the end says why the previous one closed (left, refused, benefit ended).
ALTER TABLE klant ADD COLUMN cyclus_einde text;

-- Who decided the current line in this cycle: REGELS (a questionnaire), CONSULENT (a person), ESCALATIE
-- (an e-coach escalated; a person decides next). A line decided by a person stands for the cycle.
ALTER TABLE indeling
    ADD COLUMN vastgesteld_door text,
    ADD COLUMN aanvraag_id      uuid;

-- The history says which cycle (aanvraag) each row belongs to; the rows of earlier cycles stay.
ALTER TABLE indeling_historie ADD COLUMN aanvraag_id uuid;

-- UWV's doelgroepregister indication, recorded by a consulent as a fact (domain.md 4.4).
CREATE TABLE doelgroepregister (
    klant_id        uuid        PRIMARY KEY REFERENCES klant (klant_id),
    indicatie       boolean     NOT NULL,
    datum           date        NOT NULL,
    bron            text        NOT NULL,
    vastgelegd_op   timestamptz NOT NULL,
    vastgelegd_door text        NOT NULL,
    version         bigint      NOT NULL DEFAULT 0
);

-- A re-screening invitation counts as sent only once intake-service reports it sent (bericht-verzonden).
-- Rows from before this change were never confirmed, so they start as requested.
ALTER TABLE herscreening_uitnodiging
    ADD COLUMN status               text NOT NULL DEFAULT 'VERZOCHT',
    ADD COLUMN verzonden_op         timestamptz,
    ADD COLUMN niet_verzonden_reden text,
    ADD COLUMN niet_verzonden_op    timestamptz;
CREATE INDEX herscreening_uitnodiging_status ON herscreening_uitnodiging (import_id, status);

-- Existing records: the cycle of the latest aanvraag, its end when the client left, and who set the
-- current line as the latest history row tells it (a rule set, an escalation, otherwise a person).
UPDATE klant SET cyclus_einde = 'UITGESTROOMD' WHERE uitgestroomd;
UPDATE indeling i SET aanvraag_id = k.laatste_aanvraag_id FROM klant k WHERE k.klant_id = i.klant_id;
UPDATE indeling i SET vastgesteld_door = CASE
        WHEN h.regelset_naam IS NOT NULL OR h.reden LIKE 'aanvullende vragenlijst%' THEN 'REGELS'
        WHEN h.reden LIKE 'escalatie door de e-coach%' THEN 'ESCALATIE'
        ELSE 'CONSULENT' END
  FROM (SELECT DISTINCT ON (klant_id) klant_id, regelset_naam, reden FROM indeling_historie ORDER BY klant_id, id DESC) h
 WHERE h.klant_id = i.klant_id;
UPDATE indeling_historie h SET aanvraag_id = k.laatste_aanvraag_id FROM klant k WHERE k.klant_id = h.klant_id;
