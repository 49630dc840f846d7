-- A client as screening knows them: from intake's aanvraag events, without any personal identifier.
CREATE TABLE klant (
    klant_id           uuid        PRIMARY KEY,
    laatste_aanvraag_id uuid       NOT NULL,
    leeftijd           integer,
    postcode4          text,
    aangemeld_op       timestamptz NOT NULL,
    aantal_aanvragen   integer     NOT NULL,
    version            bigint      NOT NULL DEFAULT 0
);
