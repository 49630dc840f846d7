package nl.werkplein.intake.gesprek;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "GesprekHerplanning", description = "Een gesprek opnieuw plannen: het eerste vrije slot van hetzelfde team op of na vanaf")
public record HerplanningRequest(
        @Schema(required = true, description = "Waarom: bijvoorbeeld de klant kan niet, of is niet verschenen", example = "klant ziek gemeld via het KCC")
        @NotBlank(message = "is verplicht") @Size(max = 500, message = "is te lang (hoogstens 500 tekens)") String reden,
        @Schema(nullable = true, description = "Niet eerder dan deze dag (vanaf morgen); leeg: zoals bij het eerste plannen, na de ingestelde werkdagen",
                example = "2027-05-10")
        LocalDate vanaf) {
}
