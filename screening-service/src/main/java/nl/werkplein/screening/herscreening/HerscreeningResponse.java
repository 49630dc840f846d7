package nl.werkplein.screening.herscreening;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** The re-screening progress of one import of bestandsklanten. */
@Schema(name = "Herscreening", description = "Voortgang van de herscreening van één import van bestandsklanten")
public record HerscreeningResponse(UUID importId,
                                   @Schema(description = "Klanten uit deze import") long klanten,
                                   @Schema(description = "Uitgenodigd voor de Entreevragenlijst: intake meldde de uitnodiging verzonden") long uitgenodigd,
                                   @Schema(description = "Uitnodiging gevraagd, nog geen bericht van intake of zij verzonden is") long uitnodigingGevraagd,
                                   @Schema(description = "Uitnodiging kon niet worden verzonden (zie niet-verzonden): een consulent pakt dit op") long nietVerzonden,
                                   @Schema(description = "Entreevragenlijst ingevuld") long beantwoord,
                                   @Schema(description = "Doorgeleid naar een lijn") long doorgeleid,
                                   @Schema(description = "Nog in een lopend traject: uitgenodigd na afloop") long wachtOpTraject,
                                   @Schema(description = "Nog uit te nodigen in een volgende week") long nogUitTeNodigen) {
}
