package nl.werkplein.employer.werkgever;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ContactmomentVastleggen")
public record ContactmomentRequest(
        @Schema(example = "2026-03-02", required = true) @NotNull(message = "is verplicht") LocalDate datum,
        @Schema(required = true) @NotNull(message = "is verplicht") Contactmoment.Kanaal kanaal,
        @Schema(example = "Kennismaking; interesse in werkleerplekken in de zomer", required = true)
        @NotBlank(message = "is verplicht") @Size(max = 5000, message = "is te lang") String verslag) {
}
