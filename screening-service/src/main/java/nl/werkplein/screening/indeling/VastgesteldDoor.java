package nl.werkplein.screening.indeling;

/** Who set the current line in this cycle (the {@code door} of indeling-vastgesteld and lijn-gewijzigd). */
public enum VastgesteldDoor {
    /** An Entreevragenlijst or the aanvullende vragenlijst, judged by a rule set. */
    REGELS,
    /** A consulent, face to face: stands for the cycle. */
    CONSULENT,
    /** An e-coach escalated: a person decides the line next, so no questionnaire sets it meanwhile. */
    ESCALATIE
}
