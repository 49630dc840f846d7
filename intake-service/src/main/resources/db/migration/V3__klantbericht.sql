-- Mail that another service asks intake-service to send to a client (docs/events.md, "Mail to a client"):
-- intake-service is the only holder of e-mail addresses. Once per berichtId.
ALTER TABLE uitgaande_mail
    ALTER COLUMN aanvraag_id DROP NOT NULL,
    ADD COLUMN klant_id  uuid,
    ADD COLUMN bericht_id uuid UNIQUE;
-- the existing caseload import a client came from: screening shows re-screening progress per import
ALTER TABLE bestandsklant ADD COLUMN import_id uuid;
