package nl.werkplein.intake.besluit;

import jakarta.validation.constraints.NotNull;
import nl.werkplein.intake.aanvraag.UitstroomReden;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Uitstroom")
public record UitstroomRequest(@Schema(required = true) @NotNull(message = "is verplicht") UitstroomReden reden) {
}
