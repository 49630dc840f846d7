package nl.werkplein.screening.herscreening;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A re-screening invitation intake could not send, for a consulent to follow up. */
@Schema(name = "NietVerzondenUitnodiging", description = "Een uitnodiging voor de herscreening die intake niet kon verzenden")
public record NietVerzondenResponse(UUID klantId, UUID berichtId, OffsetDateTime uitgenodigdOp,
                                    @Schema(description = "De reden van intake, bijvoorbeeld GEEN_EMAILADRES of ONBEKENDE_KLANT") String reden,
                                    OffsetDateTime gemeldOp) {
}
