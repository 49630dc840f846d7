package nl.werkplein.socialreturn.contract;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

@Schema(name = "ContractRegistreren", description = "Een aanbestedingscontract met een Social Return-verplichting")
@GeldigContract
public record ContractRequest(
        @Schema(description = "Naam van de opdrachtnemer (leverancier)", example = "Bouwbedrijf Noord BV", required = true)
        @NotBlank(message = "is verplicht") @Size(max = 200, message = "is te lang") String opdrachtnemer,
        @Schema(description = "KvK-nummer van de opdrachtnemer, 8 cijfers", example = "12345678")
        @Pattern(regexp = "^[0-9]{8}$", message = "moet 8 cijfers zijn") String kvkNummer,
        @Schema(description = "De gemeente (standaard) of een andere organisatie in de regio", example = "Gemeente Groningen")
        @Size(max = 200, message = "is te lang") String opdrachtgever,
        @Schema(description = "Opdrachtwaarde in centen", example = "100000000", required = true)
        @NotNull(message = "is verplicht") @Min(value = 1, message = "moet positief zijn")
        @Max(value = 100_000_000_000_000L, message = "is onwaarschijnlijk groot") Long opdrachtwaarde,
        @Schema(description = "Social Return-percentage van de opdrachtwaarde, bijvoorbeeld 5 of 2.5", example = "5", required = true)
        @NotNull(message = "is verplicht") @DecimalMin(value = "0", inclusive = false, message = "moet groter dan 0 zijn")
        @DecimalMax(value = "100", message = "mag hoogstens 100 zijn") @Digits(integer = 3, fraction = 4, message = "hoogstens 4 decimalen") BigDecimal percentage,
        @Schema(description = "De partner waarvan de leveringen de opbrengst van dit contract zijn (raamcontract)", example = "randstad")
        @Size(max = 64, message = "is te lang") String partnerId,
        @Schema(description = "Standaard vandaag", example = "2026-01-01") LocalDate begindatum,
        @Schema(description = "Einde van de looptijd; na de begindatum", example = "2026-12-31") LocalDate einddatum) {
}
