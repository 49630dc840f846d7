package nl.werkplein.screening.scoring;

/** What the Entreevragenlijst decides (api.md). */
public enum Uitkomst {
    ZELFDOENER, KLANTONDERSTEUNING, MAATSCHAPPELIJKE_PARTICIPATIE, GESPREK_NODIG
}
