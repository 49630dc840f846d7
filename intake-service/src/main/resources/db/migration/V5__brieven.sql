-- Letters for clients without an e-mail address (issue 18.1): a mail-verzocht for such a client
-- becomes a letter in the print queue, addressed to the postal address intake holds. The address
-- never leaves intake-service (no event carries it).

-- The postal address the KCC or a consulent recorded for a client (e.g. a bestandsklant without
-- e-mail who called); one per client, the last one recorded counts.
CREATE TABLE postadres (
    klant_id       uuid        PRIMARY KEY REFERENCES klant (klant_id),
    naam           text,
    adresregel     text        NOT NULL,
    postcode       text        NOT NULL,
    woonplaats     text        NOT NULL,
    vastgelegd_op  timestamptz NOT NULL,
    vastgelegd_door text       NOT NULL
);

CREATE TABLE brief (
    id               uuid        PRIMARY KEY,
    klant_id         uuid        NOT NULL REFERENCES klant (klant_id),
    -- the requester's berichtId (or the key intake's own caller gave): one letter per key
    bericht_id       uuid        NOT NULL UNIQUE,
    -- the request's event type; null for intake's own letters, which nobody awaits an answer to
    verzoek_type     text,
    onderwerp        text        NOT NULL,
    tekst            text        NOT NULL,
    -- the address as it was when the letter was made: the printed letter is what was sent
    naam             text,
    adresregels      text        NOT NULL,
    status           text        NOT NULL,
    aangemaakt_op    timestamptz NOT NULL,
    verstuurd_op     timestamptz,
    verstuurd_door   text,
    ingetrokken_op   timestamptz,
    ingetrokken_door text,
    intrekking_reden text
);
CREATE INDEX brief_wachtrij ON brief (status, aangemaakt_op, id);
CREATE INDEX brief_klant ON brief (klant_id);
