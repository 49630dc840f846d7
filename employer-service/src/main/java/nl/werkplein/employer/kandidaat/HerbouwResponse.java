package nl.werkplein.employer.kandidaat;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Herbouw")
public record HerbouwResponse(@Schema(description = "Records gelezen van offset 0 tot het einde") long gelezen,
                              @Schema(description = "Daarvan toegepast") long verwerkt,
                              @Schema(description = "Onleesbaar (staan ook op de dead-letter-topic)") long overgeslagen,
                              @Schema(description = "Kandidaten in de index na het herbouwen") int kandidaten) {
    static HerbouwResponse van(KandidatenHerbouw.Resultaat r) {
        return new HerbouwResponse(r.gelezen(), r.verwerkt(), r.overgeslagen(), r.kandidaten());
    }
}
