package nl.werkplein.ecoach.traject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

@Schema(name = "TrajectVoorlichting")
public record TrajectVoorlichtingResponse(
        @Schema(description = "De sessie") UUID voorlichtingId,
        @Schema(description = "Datum van de sessie", format = "date") LocalDate datum,
        @Schema(description = "Begintijd", format = "time-local", example = "10:00:00") LocalTime begintijd,
        @Schema(description = "Plaats", nullable = true) String locatie,
        @Schema(description = "Link voor online deelname", nullable = true) String onlineLink,
        @Schema(description = "Of de klant er was; null zolang niet geregistreerd", nullable = true) Boolean aanwezig) {
}
