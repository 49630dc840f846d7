-- Re-screening the existing caseload in phases (domain.md §2.6): which import a client came from, and the invitations.
ALTER TABLE klant ADD COLUMN import_id uuid;
CREATE INDEX klant_import ON klant (import_id) WHERE import_id IS NOT NULL;
CREATE TABLE herscreening_uitnodiging (
    klant_id       uuid        PRIMARY KEY REFERENCES klant (klant_id),
    import_id      uuid,
    bericht_id     uuid        NOT NULL UNIQUE,
    uitgenodigd_op timestamptz NOT NULL
);
CREATE INDEX herscreening_uitnodiging_op ON herscreening_uitnodiging (uitgenodigd_op);
