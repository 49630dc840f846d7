package nl.werkplein.ecoach.voorlichting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Voorlichting")
public record VoorlichtingResponse(
        UUID voorlichtingId,
        @Schema(format = "date") LocalDate datum,
        @Schema(format = "time-local", example = "10:00:00") LocalTime begintijd,
        @Schema(format = "time-local", example = "12:00:00") LocalTime eindtijd,
        @Schema(nullable = true) String locatie,
        @Schema(nullable = true) String onlineLink,
        int capaciteit,
        @Schema(description = "Aantal uitgenodigde klanten") long deelnemers,
        List<String> uitzendbureaus,
        @Schema(description = "De e-coach die de sessie plande; null voor de wekelijkse sessies", nullable = true) UUID ecoachId,
        @Schema(description = "Gepland door de wekelijkse planning") boolean automatisch) {
}
