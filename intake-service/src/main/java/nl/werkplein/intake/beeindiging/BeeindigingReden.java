package nl.werkplein.intake.beeindiging;

/** Why a granted benefit ended (domain.md 1.11). */
public enum BeeindigingReden {
    WERK, OPLEIDING, VERHUIZING, OVERIG
}
