package nl.werkplein.employer.vacature;

/** Where a vacancy came from (domain.md 6.2). */
public enum Bron {
    WERKGEVER, SOCIAL_RETURN, PARTNER
}
