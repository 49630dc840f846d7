package nl.werkplein.employer.werkgever;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "WerkgeverVastleggen")
public record WerkgeverRequest(
        @Schema(example = "Bouwbedrijf Noord BV", required = true) @NotBlank(message = "is verplicht") @Size(max = 200, message = "is te lang") String naam,
        @Schema(description = "KvK-nummer, 8 cijfers", example = "12345678", required = true)
        @NotNull(message = "is verplicht") @Pattern(regexp = "^[0-9]{8}$", message = "moet 8 cijfers zijn") String kvkNummer,
        @Schema(example = "BOUW", required = true) @NotBlank(message = "is verplicht") @Size(max = 100, message = "is te lang") String branche,
        @Valid Adres adres,
        @Schema(description = "De vaste accountmanager") UUID accountmanagerId,
        @Valid @Size(max = 20, message = "hoogstens 20") List<@NotNull(message = "is verplicht") @Valid ContactpersoonRequest> contactpersonen) {
}
