package nl.werkplein.socialreturn.bouwblok;

/** The candidate's target-group category, as employer-service reports it with a placement (domain.md 7.4). */
public enum Doelgroep {
    PARTICIPATIEWET, DOELGROEPREGISTER, SW, WW
}
