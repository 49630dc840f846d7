package nl.werkplein.employer.plaatsing;

/** Outflow from the benefit that a placement brings (domain.md 6.3). */
public enum Uitstroom {
    VOLLEDIG, GEDEELTELIJK
}
