package nl.werkplein.ecoach.werkmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BerichtPlaatsen")
public record BerichtRequest(@Schema(required = true, description = "De tekst") @NotBlank(message = "is verplicht")
                          @Size(max = 5000, message = "is te lang (hoogstens 5000 tekens)") String tekst) {
}
