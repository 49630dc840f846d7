package nl.werkplein.employer.matching;

/** The kinds of places of domain.md 6.2 / 7.2. */
public enum VacatureSoort {
    BAAN, WERKLEERPLEK, DETACHERING, OPLEIDINGSPLAATS
}
