package nl.werkplein.socialreturn.vacature;

public enum VacatureStatus {
    ACTIEF, INGETROKKEN
}
