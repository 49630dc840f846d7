package nl.werkplein.intake.bestandsklant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of the existing caseload, as JSON or as a CSV line; checked row by row. */
@Schema(name = "Bestandsklant")
public record BestandsklantRij(
        @Schema(example = "111222333") String bsn,
        @Schema(example = "1975-10-01", format = "date") String geboortedatum,
        @Schema(example = "klant@example.nl") String email,
        @Schema(example = "9731AB") String postcode,
        @Schema(description = "WWB of WSW", example = "WWB") String regeling,
        @Schema(description = "Einde van een lopend traject; eerst afmaken, daarna screenen", format = "date") String lopendTrajectTot) {
}
