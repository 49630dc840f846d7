package nl.werkplein.screening.indeling;

/** The three service lines (dienstverleningslijnen) of domain.md §2.3. */
public enum Lijn {
    ZELFDOENER, KLANTONDERSTEUNING, MAATSCHAPPELIJKE_PARTICIPATIE
}
