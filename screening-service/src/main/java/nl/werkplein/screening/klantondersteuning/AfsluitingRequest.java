package nl.werkplein.screening.klantondersteuning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Closing the traject; published as {@code TrajectAfsluiten}, its schema name since the first version of the document. */
@Schema(name = "TrajectAfsluiten")
public record AfsluitingRequest(@Schema(required = true) @NotBlank(message = "is verplicht") @Size(max = 2000, message = "is te lang") String reden) {
}
