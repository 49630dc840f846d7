package nl.werkplein.screening.klantondersteuning;

/** The outcome of the werkintake on day 1 in the Centrum voor Werk (domain.md §4.2). */
public enum Werkintake {
    /** Can work with limited support: a candidate for matching to a vacancy. */
    MET_BEPERKTE_STEUN,
    /** Needs a further diagnosis first (always so when a loonwaarde below 100% WML is suspected). */
    NADERE_DIAGNOSE
}
