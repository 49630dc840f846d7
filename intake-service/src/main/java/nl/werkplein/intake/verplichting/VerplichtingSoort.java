package nl.werkplein.intake.verplichting;

/** The four obligations of the zoekperiode (domain.md §1.6). */
public enum VerplichtingSoort {
    UWV_INSCHRIJVING, CV, SOLLICITATIES, ENTREEVRAGENLIJST;

    /**
     * May a klant report it and staff verify it? Not the Entreevragenlijst: it is met only by a
     * questionnaire submitted at screening-service (domain.md 1.10), never by anyone's say-so.
     */
    public boolean isHandmatig() {
        return this != ENTREEVRAGENLIJST;
    }
}
