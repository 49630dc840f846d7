-- A client may come back (domain.md 1.11): each routing belongs to an aanvraag (a cycle). The client
-- record keeps the aanvraag of the latest routing, so a redelivered routing of an earlier cycle starts
-- nothing; each trajectory keeps the aanvraag it served (history).
ALTER TABLE klant ADD COLUMN aanvraag_id uuid;
-- Why the client is no longer on a benefit (UITGESTROOMD or UITKERING_BEEINDIGD): a routing that
-- arrives after a later departure closes the trajectory with this reason.
ALTER TABLE klant ADD COLUMN vertrek_reden text;
ALTER TABLE traject ADD COLUMN aanvraag_id uuid;

-- No evaluation is due for a closed trajectory (docs/events.md): it lapses with the trajectory.
UPDATE traject SET evaluatie_status = 'VERVALLEN' WHERE status = 'AFGESLOTEN' AND evaluatie_status <> 'VERVALLEN';

-- The Werkplein is at the Harm Buiterplein (domain.md 1.4): weekly sessions still to come that were
-- planned with the earlier default address get the new default.
UPDATE voorlichting SET locatie = 'Werkplein, Harm Buiterplein, Groningen'
 WHERE automatisch AND locatie = 'Werkplein Groningen, Gedempte Zuiderdiep 98' AND datum >= current_date;
