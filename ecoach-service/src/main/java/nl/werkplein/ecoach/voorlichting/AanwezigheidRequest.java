package nl.werkplein.ecoach.voorlichting;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AanwezigheidVastleggen")
public record AanwezigheidRequest(@Schema(required = true, description = "Of de klant er was") @NotNull(message = "is verplicht") Boolean aanwezig) {
}
