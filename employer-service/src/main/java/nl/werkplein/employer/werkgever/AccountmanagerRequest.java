package nl.werkplein.employer.werkgever;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "AccountmanagerVastleggen")
public record AccountmanagerRequest(
        @Schema(example = "Piet Bakker", required = true) @NotBlank(message = "is verplicht") @Size(max = 200, message = "is te lang") String naam,
        @Schema(example = "piet.bakker@gemeente.example.nl", required = true) @NotBlank(message = "is verplicht") @Email(message = "is geen geldig e-mailadres") String email,
        @Schema(example = "[\"BOUW\", \"LOGISTIEK\"]", required = true) @NotEmpty(message = "minstens één branche")
        @Size(max = 20, message = "hoogstens 20") List<@NotBlank(message = "mag niet leeg zijn") @Size(max = 100, message = "is te lang") String> branches) {
}
