package nl.werkplein.employer.werkgever;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactpersoonVastleggen")
public record ContactpersoonRequest(
        @Schema(example = "Anna de Vries", required = true) @NotBlank(message = "is verplicht") @Size(max = 200, message = "is te lang") String naam,
        @Schema(example = "HR-adviseur", nullable = true) @Size(max = 200, message = "is te lang") String functie,
        @Schema(example = "anna@bedrijf.example.nl", nullable = true) @Email(message = "is geen geldig e-mailadres") @Size(max = 254, message = "is te lang") String email,
        @Schema(example = "050-1234567", nullable = true) @Size(max = 30, message = "is te lang") String telefoon) {
}
