package nl.werkplein.ecoach.werkmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ActiviteitRegistreren")
public record ActiviteitRequest(
        @Schema(required = true, format = "date", description = "Wanneer de klant solliciteerde; niet in de toekomst") @NotNull(message = "is verplicht") LocalDate datum,
        @Schema(required = true, description = "Naam van de werkgever", example = "Bakkerij De Korrel") @NotBlank(message = "is verplicht") @Size(max = 200, message = "is te lang (hoogstens 200 tekens)") String werkgever,
        @Schema(required = true, description = "De functie", example = "Verkoopmedewerker") @NotBlank(message = "is verplicht") @Size(max = 200, message = "is te lang (hoogstens 200 tekens)") String functie,
        @Schema(required = true, description = "Hoe de klant solliciteerde") @NotNull(message = "is verplicht") Kanaal kanaal,
        @Schema(required = true, description = "Wat het opleverde; AANGENOMEN sluit het traject (werk)") @NotNull(message = "is verplicht") Resultaat resultaat,
        @Schema(description = "Toelichting") @Size(max = 2000, message = "is te lang (hoogstens 2000 tekens)") String toelichting) {
}
