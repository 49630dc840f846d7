package nl.werkplein.socialreturn.vacature;

/** The kinds of social yield (domain.md 7.2) and of placement. */
public enum Soort {
    BAAN, WERKLEERPLEK, DETACHERING, OPLEIDINGSPLAATS
}
