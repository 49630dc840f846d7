package nl.werkplein.ecoach.werkmap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.ecoach.mail.MailVerzoeken;
import nl.werkplein.ecoach.traject.Afsluitreden;
import nl.werkplein.ecoach.traject.Traject;
import nl.werkplein.ecoach.traject.TrajectEvents;
import nl.werkplein.ecoach.traject.TrajectService;
import nl.werkplein.platform.event.CloudEvents;
import nl.werkplein.platform.outbox.Outbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The changes to a client's Werkmap (domain.md 3.3), each with its event. */
@ApplicationScoped
public class WerkmapService {

    @Inject
    Outbox outbox;
    @Inject
    CloudEvents events;
    @Inject
    TrajectService trajecten;
    @Inject
    MailVerzoeken mail;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public Activiteit registreer(Traject traject, WerkmapResource.ActiviteitBody body, String door) {
        Activiteit a = new Activiteit();
        a.id = UUID.randomUUID();
        a.klantId = traject.klantId;
        a.trajectId = traject.id;
        a.datum = body.datum();
        a.werkgever = body.werkgever().trim();
        a.functie = body.functie().trim();
        a.kanaal = body.kanaal();
        a.resultaat = body.resultaat();
        a.toelichting = body.toelichting();
        a.geregistreerdOp = OffsetDateTime.now(clock);
        a.door = door;
        a.persist();
        outbox.append(TrajectEvents.TOPIC, a.klantId.toString(), events.create(TrajectEvents.ACTIVITEIT_GEREGISTREERD, a.klantId,
                new TrajectEvents.ActiviteitGeregistreerd(a.klantId, traject.id, a.id, a.datum, a.kanaal.name(), a.resultaat.name())));
        if (a.resultaat == Resultaat.AANGENOMEN) {
            // found work: the intended outcome of e-coaching
            trajecten.sluit(traject, Afsluitreden.WERK);
        }
        return a;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Cv bewaarCv(UUID klantId, String tekst) {
        Cv cv = Cv.findById(klantId);
        if (cv == null) {
            cv = new Cv();
            cv.klantId = klantId;
            cv.tekst = tekst;
            cv.gewijzigdOp = OffsetDateTime.now(clock);
            cv.persist();
        } else {
            cv.tekst = tekst;
            cv.gewijzigdOp = OffsetDateTime.now(clock);
        }
        return cv;
    }

    /** Stores the profile and publishes profiel-gewijzigd exactly as docs/events.md gives it (employer-service matches on it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public WerkmapResource.ProfielBody bewaarProfiel(UUID klantId, WerkmapResource.ProfielBody invoer) {
        WerkmapResource.ProfielBody profiel = normaliseer(invoer);
        Profiel p = Profiel.findById(klantId);
        String inhoud = schrijf(profiel);
        if (p == null) {
            p = new Profiel();
            p.klantId = klantId;
            p.inhoud = inhoud;
            p.gewijzigdOp = OffsetDateTime.now(clock);
            p.persist();
        } else {
            p.inhoud = inhoud;
            p.gewijzigdOp = OffsetDateTime.now(clock);
        }
        outbox.append(TrajectEvents.TOPIC, klantId.toString(), events.create(TrajectEvents.PROFIEL_GEWIJZIGD, klantId,
                new ProfielGewijzigd(klantId, profiel.beroepscodes(), profiel.wensen(), profiel.urenPerWeek(), profiel.werkregio(),
                        profiel.opleidingsniveau(), profiel.ervaring(), profiel.vaardigheden(), profiel.beschikbaarPer())));
        return profiel;
    }

    public record ProfielGewijzigd(UUID klantId, List<String> beroepscodes, String wensen, Integer urenPerWeek, List<String> werkregio,
                                   Opleidingsniveau opleidingsniveau, List<WerkmapResource.Ervaring> ervaring, List<String> vaardigheden,
                                   java.time.LocalDate beschikbaarPer) {
    }

    public WerkmapResource.ProfielBody leesProfiel(Profiel p) {
        try {
            return json.readValue(p.inhoud, WerkmapResource.ProfielBody.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored profile of " + p.klantId + " unreadable", e);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Bericht plaatsBericht(UUID klantId, Bericht.Van van, String afzender, String tekst) {
        Bericht b = new Bericht();
        b.id = UUID.randomUUID();
        b.klantId = klantId;
        b.van = van;
        b.afzender = afzender;
        b.tekst = tekst;
        b.verzondenOp = OffsetDateTime.now(clock);
        b.persist();
        if (van == Bericht.Van.ECOACH) {
            // the content stays in the Werkmap; the mail only says there is something to read
            mail.verzoek(klantId, "Nieuw bericht van uw e-coach", "Uw e-coach heeft u een bericht gestuurd. U leest het in uw Werkmap.");
        }
        return b;
    }

    private static WerkmapResource.ProfielBody normaliseer(WerkmapResource.ProfielBody p) {
        return new WerkmapResource.ProfielBody(
                p.wensen() == null ? null : p.wensen().trim(),
                p.beroepscodes() == null ? List.of() : p.beroepscodes().stream().distinct().toList(),
                p.urenPerWeek(),
                p.werkregio() == null ? List.of() : p.werkregio().stream().distinct().toList(),
                p.opleidingsniveau(),
                p.ervaring() == null ? List.of() : p.ervaring(),
                p.vaardigheden() == null ? List.of() : p.vaardigheden().stream().map(v -> v.trim().toLowerCase(Locale.ROOT)).distinct().toList(),
                p.beschikbaarPer());
    }

    private String schrijf(WerkmapResource.ProfielBody profiel) {
        try {
            return json.writeValueAsString(profiel);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write profile", e);
        }
    }
}
