-- Management information (docs/managementinformatie.md): monthly counters built from events by the
-- platform's ManagementinformatieProjectie. Aggregates only: no klantId, no personal data.
CREATE TABLE mi_kengetal (
    meting  text   NOT NULL,
    maand   date   NOT NULL,
    sleutel text   NOT NULL DEFAULT '',
    waarde  bigint NOT NULL,
    PRIMARY KEY (meting, maand, sleutel)
);
