package nl.werkplein.employer.matching;

/**
 * Where a candidate stands on the way to work, as far as matching cares (decided by
 * {@code PoolEnDoelgroepRegel}); the werkleerplek rules of domain.md 4.3 read it.
 */
public enum Situatie {
    /** Zelfdoener: job-ready on their own. */
    ZELFDOENER,
    /** Klantondersteuning, werkintake: can work with limited support (or diagnosis done). */
    KO_BEPERKTE_STEUN,
    /** Klantondersteuning phase 2: on a werkleerplek. */
    KO_WERKLEERPLEK,
    /** Klantondersteuning, Centrum voor Werk, no werkintake result yet or a further diagnosis running. */
    KO_DIAGNOSE,
    /** SW'er (Wsw): between secondments when not placed. */
    SW
}
