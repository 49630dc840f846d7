package nl.werkplein.intake.verplichting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a jongere showed to make a startkwalificatie not feasible now (domain.md §1.5), recorded by a consulent. */
@Schema(name = "StartkwalificatieUitzondering")
public record StartkwalificatieUitzonderingRequest(
        @Schema(required = true) @NotBlank(message = "is verplicht") @Size(max = 2000, message = "is te lang") String toelichting) {
}
