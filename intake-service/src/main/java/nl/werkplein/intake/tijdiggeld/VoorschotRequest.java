package nl.werkplein.intake.tijdiggeld;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "VoorschotVastleggen", description = "Een voorschot op de uitkering zolang het recht nog niet is vastgesteld")
public record VoorschotRequest(
        @Schema(required = true, description = "Bedrag in eurocenten, groter dan 0", example = "45000")
        @NotNull(message = "is verplicht") @Positive(message = "moet groter dan 0 zijn")
        @Max(value = 100_000_000L, message = "is te groot") Long bedrag,
        @Schema(required = true, description = "Datum van het voorschot; niet vóór de aanvraagdatum en niet in de toekomst", example = "2026-03-29")
        @NotNull(message = "is verplicht") LocalDate datum) {
}
