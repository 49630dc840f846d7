package nl.werkplein.screening.klantondersteuning;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Klantondersteuning", description = "Het traject Klantondersteuning van een klant")
public record KlantondersteuningResponse(
        UUID id,
        UUID klantId,
        KoFase fase,
        CentrumVoorWerk centrumVoorWerk,
        @Schema(description = "Uitkomst van de werkintake op dag 1; null tot die is vastgelegd") WerkintakeUitkomst werkintake,
        @Schema(description = "De vastgestelde loonwaarde; null tot die is vastgesteld") Loonwaarde loonwaarde,
        @Schema(description = "Fase 2; null tot die begint") WerkleerplekFase werkleerplek,
        @Schema(description = "De dag waarop de bewaking zag dat de huidige fase over haar limiet is; null als dat niet zo is")
        LocalDate limietOverschredenDatum,
        @Schema(description = "Waarom het traject is afgesloten") String afsluitreden) {

    public record CentrumVoorWerk(LocalDate begindatum, @Schema(description = "Laatste dag binnen de limiet (standaard 6 weken)") LocalDate uiterlijkTot,
                                  int urenPerWeek) {
    }

    public record WerkintakeUitkomst(Werkintake resultaat, boolean loonwaardeOnderWmlVermoed, String toelichting) {
    }

    public record Loonwaarde(@Schema(description = "Procent van het wettelijk minimumloon") int percentage,
                             @Schema(description = "Onder 100% WML: in aanmerking voor loonkostensubsidie (het doelgroepregister is de indicatie van UWV)") boolean onderWml,
                             @Schema(description = "Dag van vaststelling") LocalDate vastgesteldDatum) {
    }

    public record WerkleerplekFase(LocalDate begindatum, @Schema(description = "Laatste dag binnen de limiet (standaard 1 jaar)") LocalDate uiterlijkTot,
                                   String branche, String organisatie) {
    }

    public static KlantondersteuningResponse from(KoTraject t) {
        return new KlantondersteuningResponse(t.id, t.klantId, t.fase,
                new CentrumVoorWerk(t.cvwBegindatum, t.cvwUiterlijkTot, t.urenPerWeek),
                t.werkintake == null ? null : new WerkintakeUitkomst(t.werkintake, Boolean.TRUE.equals(t.loonwaardeOnderWmlVermoed), t.werkintakeToelichting),
                t.loonwaardePercentage == null ? null : new Loonwaarde(t.loonwaardePercentage,
                        KlantondersteuningRegels.onderWml(t.loonwaardePercentage), t.loonwaardeVastgesteldOp),
                t.werkleerplekBegindatum == null ? null : new WerkleerplekFase(t.werkleerplekBegindatum, t.werkleerplekUiterlijkTot,
                        t.branche, t.werkleerplekOrganisatie),
                t.limietOverschredenOp, t.afsluitreden);
    }
}
