-- Management information (docs/managementinformatie.md): monthly counters built from events by the
-- platform's ManagementinformatieProjectie (aggregates only), and the coach of each running trajectory
-- that the caseload projection needs when traject-afgesloten arrives (it names no coach).
CREATE TABLE mi_kengetal (
    meting  text   NOT NULL,
    maand   date   NOT NULL,
    sleutel text   NOT NULL DEFAULT '',
    waarde  bigint NOT NULL,
    PRIMARY KEY (meting, maand, sleutel)
);

CREATE TABLE mi_traject_ecoach (
    traject_id uuid PRIMARY KEY,
    ecoach_id  text NOT NULL
);
