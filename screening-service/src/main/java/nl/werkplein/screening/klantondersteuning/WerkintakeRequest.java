package nl.werkplein.screening.klantondersteuning;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Published as {@code WerkintakeVastleggen}, its schema name since the first version of the document. */
@Schema(name = "WerkintakeVastleggen")
public record WerkintakeRequest(@Schema(required = true) @NotNull(message = "is verplicht") Werkintake resultaat,
                                @Schema(required = true, description = "Is een loonwaarde onder 100% WML vermoed? Dan is de loonwaarde verplicht voor fase 2.")
                                @NotNull(message = "is verplicht") Boolean loonwaardeOnderWmlVermoed,
                                @Size(max = 4000, message = "is te lang") String toelichting) {
}
