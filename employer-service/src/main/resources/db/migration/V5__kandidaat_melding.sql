-- Every replica's in-memory candidate index refreshes when a transaction that changed candidates
-- commits (KandidatenRegister listens on this channel), instead of polling the table twice a second.
-- Statement level: a batch of a thousand rows sends one notification (PostgreSQL folds equal ones per transaction).
CREATE FUNCTION kandidaat_gewijzigd_melding() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('werkplein_kandidaten', '');
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER kandidaat_melding
    AFTER INSERT OR UPDATE OR DELETE ON kandidaat
    FOR EACH STATEMENT EXECUTE FUNCTION kandidaat_gewijzigd_melding();
