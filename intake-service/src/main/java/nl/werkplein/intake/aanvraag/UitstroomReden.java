package nl.werkplein.intake.aanvraag;

/** Why a client left before the outcome (domain.md §1.8): the intended effect of the zoekperiode. */
public enum UitstroomReden {
    WERK, OPLEIDING, INGETROKKEN
}
