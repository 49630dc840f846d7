package nl.werkplein.intake.verplichting;

/** The four obligations of the zoekperiode (domain.md §1.6). */
public enum VerplichtingSoort {
    UWV_INSCHRIJVING, CV, SOLLICITATIES, ENTREEVRAGENLIJST
}
