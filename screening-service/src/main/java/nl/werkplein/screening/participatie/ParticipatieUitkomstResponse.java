package nl.werkplein.screening.participatie;

import nl.werkplein.screening.indeling.Lijn;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of the aanvullende vragenlijst. Published as ParticipatieUitkomst: screening's document also has the Uitkomst enum of the scoring. */
@Schema(name = "ParticipatieUitkomst", description = "De uitkomst van de aanvullende vragenlijst")
public record ParticipatieUitkomstResponse(Lijn lijn, String vorm, String wijk, String organisatie, String toelichting) {
}
