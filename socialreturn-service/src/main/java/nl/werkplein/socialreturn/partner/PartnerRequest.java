package nl.werkplein.socialreturn.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "PartnerVastleggen", description = "Een partner die wekelijks vacatures levert")
public record PartnerRequest(
        @Schema(description = "Het sub van het token van de partner; kleine letters, cijfers en -. Alleen bij aanmaken.", example = "randstad")
        @Pattern(regexp = "^[a-z0-9][a-z0-9-]{1,63}$", message = "kleine letters, cijfers en -, 2 tot 64 tekens") String partnerId,
        @Schema(example = "Randstad", required = true)
        @NotBlank(message = "is verplicht") @Size(max = 200, message = "is te lang") String naam,
        @Schema(description = "De pool waar zijn vacatures standaard naartoe gaan (standaard de standaardpool)", example = "BEMIDDELBAAR")
        @Size(max = 64, message = "is te lang") String pool,
        @Schema(description = "Levert de partner (standaard true)") Boolean actief,
        @Schema(description = "Vanaf de ISO-week van deze datum moet de partner wekelijks leveren (standaard vandaag)", example = "2026-03-02")
        LocalDate leverenVanaf) {
}
