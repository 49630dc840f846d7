package nl.werkplein.intake.beeindiging;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "Beeindiging", description = "Het einde van een toegekende uitkering")
public record BeeindigingRequest(
        @Schema(required = true) @NotNull(message = "is verplicht") BeeindigingReden reden,
        @Schema(required = true, description = "De dag waarop de uitkering eindigt (de laatste uitkeringsdag is de dag ervoor); niet vóór de ingangsdatum",
                example = "2026-06-01")
        @NotNull(message = "is verplicht") LocalDate datum) {
}
