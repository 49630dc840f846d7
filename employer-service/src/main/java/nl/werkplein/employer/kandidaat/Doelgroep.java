package nl.werkplein.employer.kandidaat;

/** A candidate's target-group category, which Social Return credits (domain.md 7.4). */
public enum Doelgroep {
    PARTICIPATIEWET, DOELGROEPREGISTER, SW, WW
}
