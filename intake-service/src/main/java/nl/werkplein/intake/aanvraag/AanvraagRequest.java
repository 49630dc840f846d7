package nl.werkplein.intake.aanvraag;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.werkplein.platform.identity.GeldigBsn;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "AanvraagIndienen", description = "Een aanvraag levensonderhoud")
public record AanvraagRequest(
        @Schema(description = "Burgerservicenummer (11-proef)", example = "111222333")
        @NotBlank(message = "is verplicht") @GeldigBsn String bsn,
        @Schema(example = "1990-05-17")
        @NotNull(message = "is verplicht") @Past(message = "moet in het verleden liggen") LocalDate geboortedatum,
        @Schema(example = "jan@example.nl")
        @NotBlank(message = "is verplicht") @Email(message = "is geen geldig e-mailadres") @Size(max = 254) String email,
        @Schema(description = "Nederlandse postcode", example = "9731AB")
        @Pattern(regexp = "^[1-9][0-9]{3} ?[A-Z]{2}$", message = "moet een Nederlandse postcode zijn, zoals 9731AB") String postcode,
        @Schema(description = "Standaard WERK_NL") Kanaal kanaal,
        @Schema(description = "Standaard vandaag; nooit in de toekomst", example = "2026-03-01") LocalDate aanvraagdatum,
        @Schema(description = "Datum van de melding bij UWV", example = "2026-02-20") LocalDate meldingUwvDatum,
        Boolean startkwalificatie) {
}
