package nl.werkplein.ecoach.werkmap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * The profile as the client or e-coach saves it, whole. It keeps the published schema name "Profiel" so that
 * the request side of the contract did not change when the response was split off.
 */
@Schema(name = "Profiel")
public record ProfielRequest(
        @Schema(description = "Wensen (vrije tekst)") @Size(max = 2000, message = "is te lang (hoogstens 2000 tekens)") String wensen,
        @Schema(description = "Gewenste beroepen, ISCO-08 (4 cijfers)", example = "[\"5223\"]") @Size(max = 20, message = "hoogstens 20")
        List<@NotNull(message = "is verplicht") @Pattern(regexp = "\\d{4}", message = "moet een ISCO-08-code van 4 cijfers zijn") String> beroepscodes,
        @Schema(required = true, description = "Uren per week") @NotNull(message = "is verplicht")
        @Min(value = 1, message = "moet 1 of meer zijn") @Max(value = 60, message = "moet hoogstens 60 zijn") Integer urenPerWeek,
        @Schema(description = "Werkregio: postcodegebieden (eerste twee cijfers)", example = "[\"97\",\"93\"]") @Size(max = 90, message = "hoogstens 90")
        List<@NotNull(message = "is verplicht") @Pattern(regexp = "[1-9]\\d", message = "moet een postcodegebied van 2 cijfers zijn") String> werkregio,
        @Schema(required = true, description = "Hoogst behaalde opleidingsniveau") @NotNull(message = "is verplicht") Opleidingsniveau opleidingsniveau,
        @Schema(description = "Werkervaring per beroep") @Size(max = 50, message = "hoogstens 50") List<@NotNull(message = "is verplicht") @Valid Ervaring> ervaring,
        @Schema(description = "Vaardigheden (worden in kleine letters bewaard)") @Size(max = 100, message = "hoogstens 100")
        List<@NotBlank(message = "mag niet leeg zijn") @Size(max = 100, message = "is te lang (hoogstens 100 tekens)") String> vaardigheden,
        @Schema(format = "date", description = "Beschikbaar per") LocalDate beschikbaarPer) {
}
