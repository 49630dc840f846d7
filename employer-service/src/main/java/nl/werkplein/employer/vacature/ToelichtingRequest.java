package nl.werkplein.employer.vacature;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The optional body of an intrekking or afhandeling. VacatureResource reads it itself (the body is
 * optional), so the length is checked there too.
 */
@Schema(name = "Toelichting")
public record ToelichtingRequest(@Schema(example = "Vervuld via eigen werving") @Size(max = 2000, message = "is te lang") String toelichting) {
}
