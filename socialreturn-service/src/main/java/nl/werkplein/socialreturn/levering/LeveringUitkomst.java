package nl.werkplein.socialreturn.levering;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "Levering", description = "De uitkomst van de levering van een week; dezelfde levering nogmaals geeft dezelfde uitkomst")
public record LeveringUitkomst(
        @Schema(example = "randstad") String partnerId,
        @Schema(description = "ISO-week", example = "2026-W09") String week,
        @Schema(description = "Aantal vacatures in de levering", example = "3") int aantal,
        @Schema(description = "Aantal geaccepteerde vacatures", example = "2") int geaccepteerd,
        @Schema(description = "Afgewezen vacatures, elk met al hun redenen") List<Afgewezen> afgewezen,
        @Schema(description = "Nieuw aangeboden vacatures", example = "1") int nieuw,
        @Schema(description = "Gewijzigde (opnieuw aangeboden) vacatures", example = "1") int gewijzigd,
        @Schema(description = "Ingetrokken vacatures: in een eerdere levering, niet meer in deze", example = "0") int ingetrokken,
        @Schema(description = "Ongewijzigde vacatures", example = "0") int ongewijzigd,
        @Schema(description = "Wanneer deze uitkomst is vastgesteld") OffsetDateTime ontvangenOp) {

    @Schema(name = "AfgewezenVacature")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Afgewezen(
            @Schema(description = "Positie in de lijst vacatures, vanaf 0", example = "2") int index,
            @Schema(description = "De referentie, als die leesbaar was", example = "RS-1003") String referentie,
            @Schema(description = "Alle redenen, gescheiden door '; '", example = "postcode: moet een Nederlandse postcode zijn, zoals 9731AB; urenPerWeek: is verplicht") String reden,
            @Schema(description = "Dezelfde redenen als lijst") List<String> redenen) {
    }
}
