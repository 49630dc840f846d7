package nl.werkplein.ecoach.caseload;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** One client of an e-coach's caseload: effort in the last weeks against the norm, and what is due. */
@Schema(name = "CaseloadKlant")
public record CaseloadKlant(
        @Schema(description = "De klant (pseudoniem)") UUID klantId,
        UUID trajectId,
        @Schema(format = "date") LocalDate startdatum,
        @Schema(description = "Sollicitatieactiviteiten in de afgelopen weken") long activiteiten,
        @Schema(description = "Het aantal dat de norm over die weken vraagt") long norm,
        @Schema(description = "Minder activiteiten dan de norm") boolean achterstand,
        @Schema(format = "date") LocalDate evaluatieGeplandOp,
        @Schema(description = "De evaluatie is aan de beurt") boolean evaluatieNodig,
        @Schema(description = "Datum van de voorlichting; null zolang geen sessie plaats heeft", format = "date")
        LocalDate voorlichtingDatum) {
}
