package nl.werkplein.ecoach.voorlichting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

@Schema(name = "VoorlichtingPlannen")
public record VoorlichtingRequest(
        @Schema(required = true, format = "date", description = "Datum van de sessie") @NotNull(message = "is verplicht") LocalDate datum,
        @Schema(required = true, format = "time-local", example = "10:00", description = "Begintijd") @NotNull(message = "is verplicht") LocalTime begintijd,
        @Schema(required = true, format = "time-local", example = "12:00", description = "Eindtijd") @NotNull(message = "is verplicht") LocalTime eindtijd,
        @Schema(description = "Plaats; locatie of onlineLink is verplicht") @Size(max = 300, message = "is te lang (hoogstens 300 tekens)") String locatie,
        @Schema(description = "Link voor online deelname (https)") @Size(max = 500, message = "is te lang (hoogstens 500 tekens)")
        @Pattern(regexp = "https://\\S+", message = "moet een https-link zijn") String onlineLink,
        @Schema(required = true, description = "Aantal plaatsen") @NotNull(message = "is verplicht")
        @Min(value = 1, message = "moet 1 of meer zijn") @Max(value = 1000, message = "moet hoogstens 1000 zijn") Integer capaciteit,
        @Schema(description = "Uitzendbureaus die meedoen") @Size(max = 20, message = "hoogstens 20")
        List<@NotBlank(message = "mag niet leeg zijn") @Size(max = 100, message = "is te lang (hoogstens 100 tekens)")
        @Pattern(regexp = "[^,]*", message = "mag geen komma bevatten") String> uitzendbureaus) {
}
