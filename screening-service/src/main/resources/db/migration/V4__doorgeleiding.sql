-- What intake's events tell about a client, for the doorgeleiding (domain.md 2.7).
ALTER TABLE klant
    ALTER COLUMN laatste_aanvraag_id DROP NOT NULL,
    ADD COLUMN uitkering_toegekend boolean NOT NULL DEFAULT false,
    ADD COLUMN bestandsklant       boolean NOT NULL DEFAULT false,
    ADD COLUMN regeling            text,
    ADD COLUMN lopend_traject_tot  date,
    ADD COLUMN uitgestroomd        boolean NOT NULL DEFAULT false;
