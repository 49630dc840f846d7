package nl.werkplein.employer.vacature;

/** OPEN vacancies are on the worklist; withdrawn or handled ones leave it. */
public enum VacatureStatus {
    OPEN, INGETROKKEN, AFGEHANDELD
}
