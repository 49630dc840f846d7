package nl.werkplein.intake.gesprek;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "GesprekAgenda", description = "De eerste gesprekken van een dag (of van een aanvraag), met de bezetting per team")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record GesprekAgenda(
        @Schema(nullable = true, description = "De dag; leeg bij zoeken op aanvraagId") LocalDate datum,
        @Schema(nullable = true, description = "Wordt er op deze dag gepland (maandag tot vrijdag, geen feestdag)? Leeg zonder datum") Boolean werkdag,
        @Schema(nullable = true, description = "De feestdag op deze datum", example = "Koningsdag") String feestdag,
        @Schema(required = true, description = "Per team: capaciteit en bezetting op de dag (leeg zonder datum)") List<TeamDag> teams,
        @Schema(required = true, description = "Op tijdstip; ook verplaatste en geannuleerde, met hun status") List<GesprekResponse> gesprekken) {

    @Schema(name = "GesprekTeamDag")
    public record TeamDag(@Schema(required = true) String team,
                          @Schema(required = true, description = "Slots op deze dag; 0 op een dag zonder werk") int capaciteit,
                          @Schema(required = true, description = "Slots met een gepland, gevoerd of gemist gesprek") int bezet,
                          @Schema(required = true) int vrij,
                          @Schema(required = true) String locatie) {
    }
}
