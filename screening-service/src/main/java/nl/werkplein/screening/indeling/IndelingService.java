package nl.werkplein.screening.indeling;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.api.Problem;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.outbox.Outbox;
import nl.werkplein.platform.security.Caller;
import nl.werkplein.screening.herscreening.WswRegel;
import nl.werkplein.screening.klant.Klant;
import nl.werkplein.screening.scoring.AntwoordControle;
import nl.werkplein.screening.scoring.EntreeRegels;
import nl.werkplein.screening.scoring.Regelset;
import nl.werkplein.screening.scoring.Uitkomst;
import nl.werkplein.screening.vragenlijst.Vraag;
import nl.werkplein.screening.vragenlijst.Vragenlijst;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The Entreevragenlijst judged, the indeling it gives and the face-to-face decision (domain.md §2). */
@ApplicationScoped
public class IndelingService {

    @Inject
    ObjectMapper json;
    @Inject
    nl.werkplein.screening.scoring.RegelsetRepository regelsets;
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
    @Inject
    nl.werkplein.screening.doorgeleiding.Doorgeleiding doorgeleiding;
    @Inject
    nl.werkplein.screening.klantondersteuning.KlantondersteuningService klantondersteuning;

    @Transactional
    public BeoordelingResponse vulIn(UUID klantId, EntreeRequest request) {
        Klant klant = Klant.bekend(klantId, caller);
        Vragenlijst vragenlijst = Vragenlijst.huidige(Vragenlijst.Soort.ENTREE)
                .orElseThrow(() -> new IllegalStateException("no Entreevragenlijst published"));
        if (!vragenlijst.versie.equals(request.versie())) {
            throw ProblemException.invalid("versie", "is niet de huidige versie (" + vragenlijst.versie + ")");
        }
        List<Vraag> vragen = vragenlijst.gelezenVragen(json);
        List<Problem.InvalidParam> fouten = AntwoordControle.controleer(vragen, request.antwoorden());
        if (!fouten.isEmpty()) {
            throw ProblemException.invalid(fouten);
        }
        Regelset regels = regelsets.actief();
        EntreeRegels.Uitslag uitslag = EntreeRegels.beoordeel(vragen, request.antwoorden(), regels);
        Map<String, Double> scores = new LinkedHashMap<>();
        uitslag.scores().forEach((d, s) -> scores.put(d.name(), s));

        Beoordeling beoordeling = new Beoordeling().stelVast(klant.klantId, vragenlijst.id, schrijf(request.antwoorden()), schrijf(scores),
                uitslag.uitkomst(), uitslag.toelichting(), regels, caller.subject(), OffsetDateTime.now(clock));
        beoordeling.persist();

        Lijn volgensRegels = switch (uitslag.uitkomst()) {
            case ZELFDOENER -> Lijn.ZELFDOENER;
            case KLANTONDERSTEUNING -> Lijn.KLANTONDERSTEUNING;
            case MAATSCHAPPELIJKE_PARTICIPATIE -> Lijn.MAATSCHAPPELIJKE_PARTICIPATIE;
            case GESPREK_NODIG -> null;
        };
        Lijn lijn = WswRegel.lijn(klant.regeling, uitslag.uitkomst(), volgensRegels);
        String toelichting = lijn == volgensRegels ? uitslag.toelichting() : uitslag.toelichting() + " " + WswRegel.toelichting(uitslag.uitkomst());
        Map<String, String> regelset = Map.of("naam", regels.naam(), "versie", regels.versie());
        Indeling indeling = Indeling.van(klant.klantId);
        Lijn vorige = indeling.lijn;
        boolean zetLijn = LijnRegels.vragenlijstZetLijn(indeling.vastgesteldDoor, klant.cyclusEinde != null);
        LijnRegels.Melding melding = zetLijn ? LijnRegels.melding(indeling.doorgeleid, vorige, lijn) : LijnRegels.Melding.GEEN;
        // intake meets the ENTREEVRAGENLIJST obligation from this event alone, whatever it does to the line
        outbox.append(IndelingEvents.TOPIC, klant.klantId.toString(), events.create(IndelingEvents.ENTREEVRAGENLIJST_INGEDIEND, klant.klantId,
                new IndelingEvents.EntreevragenlijstIngediend(klant.klantId, beoordeling.id, uitslag.uitkomst(), scores, regelset,
                        melding != LijnRegels.Melding.GEEN)));
        if (zetLijn) {
            indeling.zetDoorRegels(lijn, klant.cyclusEinde != null);
            historie(klant.klantId, lijn, uitslag.uitkomst(), lijn == volgensRegels ? "entreevragenlijst ingevuld"
                    : "entreevragenlijst ingevuld; " + WswRegel.toelichting(uitslag.uitkomst()), regels);
            if (LijnRegels.sluitKlantondersteuning(lijn)) {
                klantondersteuning.beeindigVoor(klant.klantId, LijnRegels.sluitreden(lijn, "entreevragenlijst"));
            }
            if (melding == LijnRegels.Melding.INDELING_VASTGESTELD) {
                outbox.append(IndelingEvents.TOPIC, klant.klantId.toString(), events.create(IndelingEvents.VASTGESTELD, klant.klantId,
                        new IndelingEvents.Indeling(klant.klantId, uitslag.uitkomst(), lijn, VastgesteldDoor.REGELS, scores, regelset,
                                beoordeling.id, null, klant.laatsteAanvraagId)));
            } else if (melding == LijnRegels.Melding.LIJN_GEWIJZIGD) {
                outbox.append(IndelingEvents.TOPIC, klant.klantId.toString(), events.create(IndelingEvents.LIJN_GEWIJZIGD, klant.klantId,
                        new IndelingEvents.LijnGewijzigd(klant.klantId, lijn, vorige, VastgesteldDoor.REGELS,
                                "entreevragenlijst: uitkomst " + uitslag.uitkomst() + " (" + regels.naam() + " " + regels.versie() + ")")));
            }
            doorgeleiding.probeer(klant);
        } else {
            // a line decided by a person stands (or the cycle ended): the answers are kept for improving the rules
            String waarom = klant.cyclusEinde != null
                    ? "de cyclus is beëindigd (" + klant.cyclusEinde + ")"
                    : "de lijn is door een persoon bepaald (" + indeling.vastgesteldDoor + ")";
            String blijft = "entreevragenlijst ingevuld en beoordeeld (" + uitslag.uitkomst() + "); " + waarom + " en blijft "
                    + (vorige == null ? "zonder lijn" : vorige.name());
            historie(klant.klantId, vorige, uitslag.uitkomst(), blijft, regels);
            toelichting = toelichting + " De lijn verandert niet: " + waarom + ".";
        }
        audit.record(AuditLog.Actie.AANMAKEN, "entreevragenlijst", beoordeling.id, klant.klantId, "entreevragenlijst indienen");
        return new BeoordelingResponse(beoordeling.id, uitslag.uitkomst(), scores, regelset, toelichting);
    }

    /** The decision as it was stored: never changed by a replay. */
    @Transactional
    public BeoordelingResponse opgeslagen(UUID beoordelingId) {
        Beoordeling b = beoordeling(beoordelingId);
        audit.record(AuditLog.Actie.RAADPLEGEN, "beoordeling", b.id, b.klantId, "beoordeling inzien");
        return new BeoordelingResponse(b.id, b.uitkomst, lees(b.scores, new TypeReference<Map<String, Double>>() { }),
                Map.of("naam", b.regelsetNaam, "versie", b.regelsetVersie), b.toelichting);
    }

    /**
     * What-if: the stored answers, on the questionnaire version they answered, judged by another
     * published rule set. Nothing is stored or published.
     */
    @Transactional
    public BeoordelingResponse herbeoordeel(UUID beoordelingId, String regelsetNaam, String regelsetVersie) {
        Beoordeling b = beoordeling(beoordelingId);
        Regelset regels = regelsets.vind(regelsetNaam, regelsetVersie)
                .orElseThrow(() -> ProblemException.notFound("Regelset " + regelsetNaam + " versie " + regelsetVersie));
        Vragenlijst vragenlijst = Vragenlijst.findById(b.vragenlijstId);
        EntreeRegels.Uitslag uitslag = EntreeRegels.beoordeel(vragenlijst.gelezenVragen(json),
                lees(b.antwoorden, new TypeReference<Map<String, com.fasterxml.jackson.databind.JsonNode>>() { }), regels);
        Map<String, Double> scores = new LinkedHashMap<>();
        uitslag.scores().forEach((d, score) -> scores.put(d.name(), score));
        audit.record(AuditLog.Actie.RAADPLEGEN, "beoordeling", b.id, b.klantId, "herbeoordeling onder " + regels.naam() + " " + regels.versie());
        return new BeoordelingResponse(b.id, uitslag.uitkomst(), scores, Map.of("naam", regels.naam(), "versie", regels.versie()), uitslag.toelichting());
    }

    private Beoordeling beoordeling(UUID id) {
        Beoordeling b = Beoordeling.findById(id);
        if (b == null) {
            throw ProblemException.notFound("Beoordeling " + id);
        }
        caller.requireOwnIfKlant(b.klantId, "Beoordeling " + id);
        return b;
    }

    private <T> T lees(String waarde, TypeReference<T> type) {
        try {
            return json.readValue(waarde, type);
        } catch (Exception e) {
            throw new IllegalStateException("stored value unreadable", e);
        }
    }

    @Transactional
    public IndelingResponse overzicht(UUID klantId) {
        Klant klant = Klant.bekend(klantId, caller);
        Indeling indeling = Indeling.findById(klant.klantId);
        List<IndelingResponse.HistorieRegel> historie = IndelingHistorie.<IndelingHistorie>list("klantId = ?1 order by id", klant.klantId).stream()
                .map(h -> new IndelingResponse.HistorieRegel(h.lijn, h.uitkomst,
                        h.datum.atZoneSameInstant(nl.werkplein.platform.time.ClockProducer.AMSTERDAM).toLocalDate(), h.datum, h.door, h.reden,
                        h.regelsetNaam == null ? null : Map.of("naam", h.regelsetNaam, "versie", h.regelsetVersie), h.aanvraagId))
                .toList();
        audit.record(AuditLog.Actie.RAADPLEGEN, "indeling", klant.klantId, klant.klantId, "indeling inzien");
        return indeling == null ? new IndelingResponse(null, false, null, klant.laatsteAanvraagId, historie)
                : new IndelingResponse(indeling.lijn, indeling.doorgeleid, indeling.vastgesteldDoor, indeling.aanvraagId, historie);
    }

    /**
     * The face-to-face decision of a consulent (domain.md §2.3), also after an escalation, or a later
     * change of line. It stands for the cycle: a later questionnaire leaves it (LijnRegels).
     */
    @Transactional
    public IndelingResponse beslis(UUID klantId, Lijn lijn, String reden) {
        Klant klant = Klant.bekend(klantId, caller);
        if (klant.cyclusEinde != null) {
            throw ProblemException.conflict("De cyclus van deze klant is beëindigd (" + klant.cyclusEinde
                    + "): een nieuwe aanvraag begint een nieuwe indeling.");
        }
        Indeling indeling = Indeling.van(klant.klantId);
        Lijn was = indeling.beslisDoorConsulent(lijn);
        historie(klant.klantId, lijn, null, reden, null);
        if (LijnRegels.sluitKlantondersteuning(lijn)) {
            klantondersteuning.beeindigVoor(klant.klantId, LijnRegels.sluitreden(lijn, reden));
        }
        switch (LijnRegels.melding(indeling.doorgeleid, was, lijn)) {
            case INDELING_VASTGESTELD -> outbox.append(IndelingEvents.TOPIC, klant.klantId.toString(), events.create(
                    IndelingEvents.VASTGESTELD, klant.klantId, new IndelingEvents.Indeling(klant.klantId, null, lijn,
                            VastgesteldDoor.CONSULENT, null, null, null, reden, klant.laatsteAanvraagId)));
            case LIJN_GEWIJZIGD -> outbox.append(IndelingEvents.TOPIC, klant.klantId.toString(), events.create(
                    IndelingEvents.LIJN_GEWIJZIGD, klant.klantId,
                    new IndelingEvents.LijnGewijzigd(klant.klantId, lijn, was, VastgesteldDoor.CONSULENT, reden)));
            case GEEN -> {
                // routed and the same line again: nothing changes downstream
            }
        }
        audit.record(AuditLog.Actie.WIJZIGEN, "indeling", klant.klantId, klant.klantId, "lijn bepalen in gesprek");
        doorgeleiding.probeer(klant);
        return overzicht(klantId);
    }


    private void historie(UUID klantId, Lijn lijn, Uitkomst uitkomst, String reden, Regelset regels) {
        IndelingHistorie.leg(klantId, lijn, uitkomst, OffsetDateTime.now(clock), caller.subject(), reden, regels);
    }

    private String schrijf(Object waarde) {
        try {
            return json.writeValueAsString(waarde);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
