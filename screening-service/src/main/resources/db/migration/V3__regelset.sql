-- Rule sets as published, immutable data: a stored decision can be replayed under any of them.
CREATE TABLE regelset (
    naam                               text             NOT NULL,
    versie                             text             NOT NULL,
    modus                              text             NOT NULL,
    zelfdoener_drempel                 double precision NOT NULL,
    participatie_drempel               double precision NOT NULL,
    klantondersteuning_willen_drempel  double precision NOT NULL,
    gepubliceerd_op                    timestamptz      NOT NULL,
    PRIMARY KEY (naam, versie)
);
