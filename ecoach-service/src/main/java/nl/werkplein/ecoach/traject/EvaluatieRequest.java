package nl.werkplein.ecoach.traject;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EvaluatieVastleggen")
public record EvaluatieRequest(
        @Schema(required = true, description = "VOORTZETTEN, WORKSHOP of ESCALEREN") @NotNull(message = "is verplicht") EvaluatieUitkomst uitkomst,
        @Schema(description = "Verplicht bij WORKSHOP: PRESENTATIE, CV of ZOEKGEDRAG (Randstad)") Workshop workshop,
        @Schema(description = "Toelichting; bij ESCALEREN de reden") @Size(max = 2000, message = "is te lang (hoogstens 2000 tekens)") String toelichting) {
}
