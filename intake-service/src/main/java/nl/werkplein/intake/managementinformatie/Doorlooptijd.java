package nl.werkplein.intake.managementinformatie;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * Lead time of a decision (domain.md 1.9): calendar days from the aanvraagdatum to the day of the
 * decision; within the term when the decision falls on or before aanvraagdatum + beslistermijn
 * (8 weeks by default, werkplein.intake.tijdig-geld.beslistermijn, the same number the worklist uses).
 */
public record Doorlooptijd(long dagen, boolean binnenTermijn) {

    public static Doorlooptijd van(LocalDate aanvraagdatum, LocalDate besluitdatum, Period beslistermijn) {
        long dagen = Math.max(0, ChronoUnit.DAYS.between(aanvraagdatum, besluitdatum));
        return new Doorlooptijd(dagen, !besluitdatum.isAfter(aanvraagdatum.plus(beslistermijn)));
    }
}
