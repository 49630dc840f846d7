package nl.werkplein.screening.klantondersteuning;

/** The phases of a Klantondersteuning trajectory (domain.md §4.2–4.3). */
public enum KoFase {
    CENTRUM_VOOR_WERK, WERKLEERPLEK, AFGESLOTEN
}
