package nl.werkplein.employer.matching;

import java.util.List;
import java.util.UUID;

/** What matching reads of a vacancy. {@code tekst} (title and description) is searched for known skills. */
public record VacatureProfiel(
        UUID vacatureId,
        String pool,
        VacatureSoort soort,
        String beroepscode,
        String postcode4,
        Integer urenPerWeek,
        Opleidingsniveau opleidingsniveau,
        List<String> vaardigheden,
        String tekst,
        boolean sw) {

    public VacatureProfiel {
        vaardigheden = vaardigheden == null ? List.of() : List.copyOf(vaardigheden);
    }
}
