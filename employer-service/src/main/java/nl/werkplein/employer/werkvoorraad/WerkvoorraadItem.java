package nl.werkplein.employer.werkvoorraad;

import nl.werkplein.employer.matching.Match;
import nl.werkplein.employer.matching.VacatureSoort;
import nl.werkplein.employer.vacature.Bron;
import nl.werkplein.employer.vacature.VacatureStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "WerkvoorraadItem", description = "Een vacature in de werkvoorraad van een pool, met de best passende kandidaten")
public record WerkvoorraadItem(
        UUID vacatureId,
        Bron bron,
        @Schema(example = "RS-2026-001") String referentie,
        @Schema(example = "Medewerker magazijn") String titel,
        VacatureSoort soort,
        @Schema(description = "ISCO-08", example = "9321") String beroepscode,
        @Schema(example = "9723") String postcode4,
        @Schema(description = "Naam van de werkgever", example = "Bouwbedrijf Noord") String werkgever,
        VacatureStatus status,
        OffsetDateTime aangebodenOp,
        @Schema(description = "De best passende kandidaten, beste eerst") List<Kandidaat> kandidaten) {

    @Schema(name = "WerkvoorraadKandidaat")
    public record Kandidaat(
            UUID klantId,
            @Schema(description = "Score 0–100", example = "87") int score,
            @Schema(description = "Per criterium de punten en waarom", example = "[\"BEROEP 30/30: zelfde beroep 9321 (wens)\"]") List<String> redenen,
            @Schema(description = "Per criterium de punten van het maximum") List<Criterium> criteria,
            @Schema(description = "De matcher stelde deze kandidaat al voor") boolean voorgesteld) {

        static Kandidaat van(Match m, boolean voorgesteld) {
            return new Kandidaat(m.klantId(), m.score(), m.redenen(),
                    m.criteria().stream().map(c -> new Criterium(c.criterium(), c.punten(), c.maximum(), c.toelichting())).toList(),
                    voorgesteld);
        }
    }

    @Schema(name = "MatchCriterium")
    public record Criterium(
            @Schema(example = "BEROEP") String criterium,
            @Schema(example = "30") int punten,
            @Schema(example = "30") int maximum,
            @Schema(example = "zelfde beroep 9321 (wens)") String toelichting) {
    }
}
