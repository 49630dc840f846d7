package nl.werkplein.employer.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What matching knows of one candidate, without personal identifiers: the pool and situation decided
 * by the pool rule, and the Werkmap profile. {@code beschikbaar} false keeps them off every shortlist.
 */
public record KandidaatProfiel(
        UUID klantId,
        String pool,
        Situatie situatie,
        boolean beschikbaar,
        List<String> beroepscodes,
        List<String> ervaringscodes,
        List<String> vaardigheden,
        Opleidingsniveau opleidingsniveau,
        Integer urenPerWeek,
        List<String> werkregio,
        String postcode4,
        LocalDate beschikbaarPer) {

    public KandidaatProfiel {
        beroepscodes = beroepscodes == null ? List.of() : List.copyOf(beroepscodes);
        ervaringscodes = ervaringscodes == null ? List.of() : List.copyOf(ervaringscodes);
        vaardigheden = vaardigheden == null ? List.of() : List.copyOf(vaardigheden);
        werkregio = werkregio == null ? List.of() : List.copyOf(werkregio);
    }
}
