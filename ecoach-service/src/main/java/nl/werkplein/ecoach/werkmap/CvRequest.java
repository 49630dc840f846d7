package nl.werkplein.ecoach.werkmap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/**
 * The CV the client saves. It keeps the published schema name "Cv" (and its read-only gewijzigdOp, which
 * is ignored here) so that the request side of the contract did not change when the response was split off.
 */
@Schema(name = "Cv")
public record CvRequest(@Schema(required = true, description = "Het cv als tekst") @NotBlank(message = "is verplicht")
                        @Size(max = 50000, message = "is te lang (hoogstens 50000 tekens)") String tekst,
                        @Schema(readOnly = true, nullable = true) OffsetDateTime gewijzigdOp) {
}
