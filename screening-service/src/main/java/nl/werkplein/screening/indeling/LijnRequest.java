package nl.werkplein.screening.indeling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The consulent's decision on the line; published as {@code LijnBepalen}, its schema name since the first version of the document. */
@Schema(name = "LijnBepalen")
public record LijnRequest(@Schema(required = true) @NotNull(message = "is verplicht") Lijn lijn,
                          @Schema(required = true) @NotBlank(message = "is verplicht") @Size(max = 2000, message = "is te lang") String reden) {
}
