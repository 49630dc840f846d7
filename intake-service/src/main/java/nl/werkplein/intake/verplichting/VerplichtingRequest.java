package nl.werkplein.intake.verplichting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "VerplichtingBijwerken", description = "Een klant meldt een verplichting als nagekomen (nagekomen true, toelichting met het bewijs); "
        + "een consulent verifieert (true) of keurt af (false)")
public record VerplichtingRequest(
        @Schema(required = true, description = "Klant: altijd true (melden); consulent: het oordeel") @NotNull(message = "is verplicht") Boolean nagekomen,
        @Schema(description = "Het bewijs; verplicht als een klant meldt") @Size(max = 2000, message = "is te lang") String toelichting,
        @Schema(description = "Bij SOLLICITATIES: de sollicitaties die het aantonen (worden toegevoegd)")
        @Size(max = 200, message = "hoogstens 200 per keer") List<@Valid @NotNull(message = "mag niet leeg zijn") SollicitatieRequest> sollicitaties) {

    @Schema(name = "SollicitatieVastleggen")
    public record SollicitatieRequest(
            @NotNull(message = "is verplicht") @PastOrPresent(message = "mag niet in de toekomst liggen") LocalDate datum,
            @NotBlank(message = "is verplicht") @Size(max = 200, message = "is te lang") String werkgever,
            @NotBlank(message = "is verplicht") @Size(max = 200, message = "is te lang") String functie) {
    }
}
