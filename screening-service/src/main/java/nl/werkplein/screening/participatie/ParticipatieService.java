package nl.werkplein.screening.participatie;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.api.Problem;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.outbox.Outbox;
import nl.werkplein.platform.security.Caller;
import nl.werkplein.screening.indeling.EntreeRequest;
import nl.werkplein.screening.indeling.Indeling;
import nl.werkplein.screening.indeling.IndelingEvents;
import nl.werkplein.screening.indeling.IndelingHistorie;
import nl.werkplein.screening.indeling.Lijn;
import nl.werkplein.screening.indeling.VastgesteldDoor;
import nl.werkplein.screening.klant.Klant;
import nl.werkplein.screening.scoring.AntwoordControle;
import nl.werkplein.screening.vragenlijst.Vraag;
import nl.werkplein.screening.vragenlijst.Vragenlijst;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Domain.md 2.4: the aanvullende vragenlijst subdivides Maatschappelijke participatie and is also a
 * control: when work turns out to be reachable the client moves to Klantondersteuning; otherwise they
 * are referred to the organisation serving their wijk.
 */
@ApplicationScoped
public class ParticipatieService {

    @ConfigMapping(prefix = "werkplein.screening.participatie")
    public interface ParticipatieConfig {
        /** KUNNEN (A2) and WILLEN (A3) both at least this: work is reachable, on to Klantondersteuning. */
        @WithDefault("4")
        int werkBereikbaarDrempel();

        /** The SW company that indicates beschut werk (domain.md 5): a participatie_organisatie code. */
        @WithDefault("iederz")
        String beschutWerkOrganisatie();
    }

    @Inject
    WijkRepository wijken;
    @Inject
    ObjectMapper json;
    @Inject
    ParticipatieConfig config;
    @Inject
    Outbox outbox;
    @Inject
    CloudEvents events;
    @Inject
    AuditLog audit;
    @Inject
    Caller caller;
    @Inject
    Clock clock;

    @Transactional
    public ParticipatieUitkomstResponse vulIn(UUID klantId, EntreeRequest request) {
        Klant klant = Klant.bekend(klantId, caller);
        if (klant.cyclusEinde != null) {
            throw ProblemException.conflict("De cyclus van deze klant is beëindigd (" + klant.cyclusEinde + ").");
        }
        Indeling indeling = Indeling.findById(klantId);
        // before the answers are judged: a 409 for a client outside the line, whatever they answered
        if (indeling == null || indeling.lijn != Lijn.MAATSCHAPPELIJKE_PARTICIPATIE) {
            throw ProblemException.conflict("De aanvullende vragenlijst is voor klanten in Maatschappelijke participatie.");
        }
        Vragenlijst lijst = Vragenlijst.huidige(Vragenlijst.Soort.AANVULLEND)
                .orElseThrow(() -> new IllegalStateException("no aanvullende vragenlijst published"));
        if (!lijst.versie.equals(request.versie())) {
            throw ProblemException.invalid("versie", "is niet de huidige versie (" + lijst.versie + ")");
        }
        List<Vraag> vragen = lijst.gelezenVragen(json);
        List<Problem.InvalidParam> fouten = new ArrayList<>(AntwoordControle.controleer(vragen, request.antwoorden()));
        Vraag keuze = vragen.stream().filter(v -> v.type() == Vraag.VraagType.KEUZE).findFirst()
                .orElseThrow(() -> new IllegalStateException("the aanvullende vragenlijst has no choice of participation"));
        JsonNode vormAntwoord = request.antwoorden().get(keuze.id());
        if ((vormAntwoord == null || vormAntwoord.isNull()) && fouten.isEmpty()) {
            fouten.add(new Problem.InvalidParam("antwoorden." + keuze.id(), "is verplicht: de gewenste vorm van participatie"));
        }
        if (!fouten.isEmpty()) {
            throw ProblemException.invalid(fouten);
        }
        String vorm = vormAntwoord.asText();
        int kunnen = score(vragen, request, Vraag.Dimensie.KUNNEN);
        int willen = score(vragen, request, Vraag.Dimensie.WILLEN);
        OffsetDateTime nu = OffsetDateTime.now(clock);
        if (kunnen >= config.werkBereikbaarDrempel() && willen >= config.werkBereikbaarDrempel()) {
            String reden = "aanvullende vragenlijst: KUNNEN " + kunnen + " en WILLEN " + willen + " ten minste "
                    + config.werkBereikbaarDrempel() + ", dus werk is bereikbaar: KLANTONDERSTEUNING";
            // the control the MP decision foresees: a person's decision stays a person's for the cycle
            Lijn vorige = indeling.naarKlantondersteuningNaControle();
            historie(klantId, Lijn.KLANTONDERSTEUNING, reden, nu);
            if (indeling.doorgeleid) {
                outbox.append(IndelingEvents.TOPIC, klantId.toString(), events.create(IndelingEvents.LIJN_GEWIJZIGD, klantId,
                        new IndelingEvents.LijnGewijzigd(klantId, Lijn.KLANTONDERSTEUNING, vorige, VastgesteldDoor.REGELS, reden)));
            } else {
                // before routing the line is provisional: the indeling of this cycle, routed after the grant
                outbox.append(IndelingEvents.TOPIC, klantId.toString(), events.create(IndelingEvents.VASTGESTELD, klantId,
                        new IndelingEvents.Indeling(klantId, null, Lijn.KLANTONDERSTEUNING, VastgesteldDoor.REGELS, null, null, null, reden,
                                klant.laatsteAanvraagId)));
            }
            audit.record(AuditLog.Actie.WIJZIGEN, "indeling", klantId, klantId, "aanvullende vragenlijst");
            return new ParticipatieUitkomstResponse(Lijn.KLANTONDERSTEUNING, vorm, null, null, reden);
        }
        Optional<WijkRepository.WijkVanPostcode> wijk = wijken.wijkVan(klant.postcode4);
        String wijkNaam = wijk.map(WijkRepository.WijkVanPostcode::wijk).orElse(null);
        Bestemming bestemming = Bestemming.bepaal(vorm, wijkNaam, wijk.map(WijkRepository.WijkVanPostcode::organisatieCode).orElse(null),
                config.beschutWerkOrganisatie());
        String organisatie = bestemming.organisatieCode() == null ? null : organisatieNaam(bestemming.organisatieCode());
        Participatieverwijzing v = Participatieverwijzing.nieuw(klantId, vorm, bestemming, organisatie, caller.subject(), nu);
        v.persist();
        String toelichting;
        if (Bestemming.BESCHUT_WERK.equals(vorm)) {
            toelichting = vorm + ": naar " + organisatie + " voor een indicatie beschut werk, niet naar een wijkorganisatie"
                    + (wijkNaam == null ? "" : " (wijk " + wijkNaam + ")");
        } else if (bestemming.opWerklijst()) {
            toelichting = vorm + "; geen wijk bekend voor postcode " + klant.postcode4
                    + ": de verwijzing staat op de werklijst van de consulenten, die haar met de hand verwijzen";
        } else {
            toelichting = vorm + " bij " + organisatie + " in " + wijkNaam + " (postcode " + klant.postcode4 + ")";
        }
        historie(klantId, Lijn.MAATSCHAPPELIJKE_PARTICIPATIE, "aanvullende vragenlijst: " + toelichting, nu);
        outbox.append(IndelingEvents.TOPIC, klantId.toString(), events.create(ParticipatieEvents.VERWEZEN, klantId,
                ParticipatieEvents.Verwezen.van(v, "REGELS")));
        audit.record(AuditLog.Actie.AANMAKEN, "verwijzing", v.id, klantId, "aanvullende vragenlijst");
        return new ParticipatieUitkomstResponse(Lijn.MAATSCHAPPELIJKE_PARTICIPATIE, vorm, wijkNaam, organisatie, toelichting);
    }

    private String organisatieNaam(String code) {
        return wijken.organisatieNaam(code).orElseThrow(() -> new IllegalStateException(
                "unknown participatie_organisatie " + code + " (werkplein.screening.participatie.beschut-werk-organisatie?)"));
    }

    /** The first SCHAAL answer of that dimension (the aanvullende vragenlijst has one each). */
    private static int score(List<Vraag> vragen, EntreeRequest request, Vraag.Dimensie dimensie) {
        return vragen.stream().filter(v -> v.type() == Vraag.VraagType.SCHAAL && v.dimensie() == dimensie)
                .map(v -> request.antwoorden().get(v.id()).asInt()).findFirst().orElse(0);
    }

    private void historie(UUID klantId, Lijn lijn, String reden, OffsetDateTime nu) {
        IndelingHistorie.leg(klantId, lijn, null, nu, caller.subject(), reden, null);
    }
}
