package nl.werkplein.employer.plaatsing;

/** Why a placement ended (domain.md 6.5). */
public enum Eindreden {
    AFGEROND, AFGEBROKEN_WERKGEVER, AFGEBROKEN_KLANT;

    public boolean afgebroken() {
        return this != AFGEROND;
    }
}
