package nl.werkplein.ecoach.ecoach;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The fair caseload rule: a new client goes to the active e-coach with the fewest active clients,
 * preferring those below their capacity; ties go to the lowest ecoachId (as text, which is the order
 * PostgreSQL gives uuids), so the same situation always gives the same e-coach.
 */
public final class CaseloadRegel {

    public record Kandidaat(UUID ecoachId, long actieveKlanten, int capaciteit) {
        boolean vol() {
            return actieveKlanten >= capaciteit;
        }
    }

    private CaseloadRegel() {
    }

    /** Empty only when there is no candidate at all; when everyone is full the least loaded still gets the client. */
    public static Optional<UUID> kies(List<Kandidaat> kandidaten) {
        return kandidaten.stream()
                .min(Comparator.comparing(Kandidaat::vol)
                        .thenComparingLong(Kandidaat::actieveKlanten)
                        .thenComparing(k -> k.ecoachId().toString()))
                .map(Kandidaat::ecoachId);
    }
}
