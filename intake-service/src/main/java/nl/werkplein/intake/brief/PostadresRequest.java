package nl.werkplein.intake.brief;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The postal address of a client, for letters when intake has no e-mail address. */
@Schema(name = "PostadresInvoer", description = "Het postadres van een klant, voor brieven als er geen e-mailadres is")
public record PostadresRequest(
        @Schema(description = "Naam zoals boven het adres", example = "J. de Vries")
        @Size(max = 100, message = "is te lang") @Pattern(regexp = "[^\\p{Cntrl}]*", message = "bevat een stuurteken") String naam,
        @Schema(required = true, description = "Straat en huisnummer, of postbus", example = "Hoofdstraat 1")
        @NotBlank(message = "is verplicht") @Size(max = 100, message = "is te lang")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "bevat een stuurteken") String adresregel,
        @Schema(required = true, description = "Nederlandse postcode", example = "9731AB")
        @NotBlank(message = "is verplicht") @Pattern(regexp = "^[1-9][0-9]{3} ?[A-Za-z]{2}$", message = "moet een Nederlandse postcode zijn, zoals 9731AB")
        String postcode,
        @Schema(required = true, example = "Groningen")
        @NotBlank(message = "is verplicht") @Size(max = 80, message = "is te lang")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "bevat een stuurteken") String woonplaats) {
}
