package nl.werkplein.intake.besluit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The rechtmatigheid team's decision at the first conversation. */
@Schema(name = "Besluit")
public record BesluitRequest(
        @Schema(required = true) @NotNull(message = "is verplicht") Uitkomst uitkomst,
        @Schema(required = true, description = "Zijn de verplichtingen van de zoekperiode nagekomen?")
        @NotNull(message = "is verplicht") Boolean verplichtingenNagekomen,
        @Schema(description = "Verplicht bij AFGEWEZEN") @Size(max = 2000, message = "is te lang") String reden) {

    public enum Uitkomst { TOEGEKEND, AFGEWEZEN }
}
