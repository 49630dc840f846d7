package nl.werkplein.screening.klantondersteuning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Start of fase 2; published as {@code WerkleerplekStarten}, its schema name since the first version of the document. */
@Schema(name = "WerkleerplekStarten")
public record WerkleerplekRequest(@Schema(description = "Eerste dag op de werkleerplek; standaard vandaag") LocalDate begindatum,
                                  @Schema(required = true, example = "Groen") @NotBlank(message = "is verplicht")
                                  @Size(max = 200, message = "is te lang") String branche,
                                  @Size(max = 200, message = "is te lang") String organisatie) {
}
