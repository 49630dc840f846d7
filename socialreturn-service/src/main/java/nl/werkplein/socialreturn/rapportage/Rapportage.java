package nl.werkplein.socialreturn.rapportage;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "Rapportage", description = "Leveringen, vacatures, plaatsingen en opbrengst per ISO-week (bedragen in centen)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Rapportage(
        @Schema(example = "randstad") String partnerId,
        UUID contractId,
        @Schema(description = "Over alle weken") Week totaal,
        @Schema(description = "Per ISO-week, oudste eerst; alleen weken waarin iets gebeurde") List<Week> weken) {

    @Schema(name = "RapportageWeek")
    public record Week(
            @Schema(description = "ISO-week, of 'totaal'", example = "2026-W09") String week,
            @Schema(description = "Leveringen van de partner", example = "1") int leveringen,
            @Schema(description = "Geaccepteerde vacatures in die leveringen", example = "120") int geaccepteerd,
            @Schema(description = "Afgewezen vacatures in die leveringen", example = "3") int afgewezen,
            @Schema(description = "Nieuw aangeboden vacatures en plaatsen", example = "15") int nieuw,
            @Schema(description = "Gewijzigde vacatures", example = "4") int gewijzigd,
            @Schema(description = "Ingetrokken vacatures en plaatsen", example = "2") int ingetrokken,
            @Schema(description = "Plaatsingen (naar ISO-week van de startdatum)", example = "1") int plaatsingen,
            @Schema(description = "Bouwblokkenwaarde van die plaatsingen, in centen", example = "1333333") long opbrengst) {

        Week plus(Week o) {
            return new Week(week, leveringen + o.leveringen, geaccepteerd + o.geaccepteerd, afgewezen + o.afgewezen,
                    nieuw + o.nieuw, gewijzigd + o.gewijzigd, ingetrokken + o.ingetrokken, plaatsingen + o.plaatsingen,
                    opbrengst + o.opbrengst);
        }
    }
}
