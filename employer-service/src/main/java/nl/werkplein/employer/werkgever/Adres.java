package nl.werkplein.employer.werkgever;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Adres")
public record Adres(
        @Schema(example = "Zernikelaan", nullable = true) @Size(max = 200, message = "is te lang") String straat,
        @Schema(example = "17", nullable = true) @Size(max = 20, message = "is te lang") String huisnummer,
        @Schema(example = "9747AA", nullable = true) @Pattern(regexp = "^[1-9][0-9]{3} ?[A-Za-z]{2}$", message = "moet een Nederlandse postcode zijn, zoals 9731AB") String postcode,
        @Schema(example = "Groningen", nullable = true) @Size(max = 100, message = "is te lang") String plaats) {
}
