package nl.werkplein.ecoach.werkmap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * The profile as stored (normalised: codes once each, skills in lower case, empty lists rather than none);
 * also the JSON document in {@link Profiel#inhoud}.
 */
public record ProfielResponse(
        @Schema(description = "Wensen (vrije tekst)") String wensen,
        @Schema(description = "Gewenste beroepen, ISCO-08 (4 cijfers)", example = "[\"5223\"]") List<String> beroepscodes,
        @Schema(required = true, description = "Uren per week") Integer urenPerWeek,
        @Schema(description = "Werkregio: postcodegebieden (eerste twee cijfers)", example = "[\"97\",\"93\"]") List<String> werkregio,
        @Schema(required = true, description = "Hoogst behaalde opleidingsniveau") Opleidingsniveau opleidingsniveau,
        @Schema(description = "Werkervaring per beroep") List<Ervaring> ervaring,
        @Schema(description = "Vaardigheden (worden in kleine letters bewaard)") List<String> vaardigheden,
        @Schema(format = "date", description = "Beschikbaar per") LocalDate beschikbaarPer) {
}
