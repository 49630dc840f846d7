package nl.werkplein.ecoach.traject;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.werkplein.ecoach.werkmap.Ervaring;
import nl.werkplein.ecoach.werkmap.Opleidingsniveau;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Events on werkplein.ecoach.trajecten.v1, keyed by klantId, subject = the klantId (docs/events.md). */
public final class TrajectEvents {

    public static final String TOPIC = "werkplein.ecoach.trajecten.v1";
    public static final String GESTART = "nl.werkplein.ecoach.traject-gestart";
    public static final String AFGESLOTEN = "nl.werkplein.ecoach.traject-afgesloten";
    public static final String EVALUATIE_UITGEVOERD = "nl.werkplein.ecoach.evaluatie-uitgevoerd";
    public static final String GEESCALEERD = "nl.werkplein.ecoach.klant-geescaleerd";
    public static final String PROFIEL_GEWIJZIGD = "nl.werkplein.ecoach.profiel-gewijzigd";
    // mail-verzocht goes on this topic too, as platform MailVerzocht (mail/MailVerzoeken)
    // Additions to docs/events.md (tolerant readers ignore them): the other state changes of a trajectory.
    public static final String EVALUATIE_NODIG = "nl.werkplein.ecoach.evaluatie-nodig";
    public static final String VOORLICHTING_UITGENODIGD = "nl.werkplein.ecoach.voorlichting-uitgenodigd";
    public static final String AANWEZIGHEID_GEREGISTREERD = "nl.werkplein.ecoach.aanwezigheid-geregistreerd";
    public static final String ACTIVITEIT_GEREGISTREERD = "nl.werkplein.ecoach.activiteit-geregistreerd";
    /** The workshop partner reported whether the client attended (issue 18). */
    public static final String WORKSHOP_AANWEZIGHEID_GEMELD = "nl.werkplein.ecoach.workshop-aanwezigheid-gemeld";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Gestart(UUID klantId, UUID trajectId, UUID ecoachId, LocalDate startdatum, LocalDate evaluatieGeplandOp,
                          LocalDate voorlichtingDatum) {
    }

    public record Afgesloten(UUID klantId, UUID trajectId, Afsluitreden reden) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EvaluatieUitgevoerd(UUID klantId, UUID trajectId, EvaluatieUitkomst uitkomst, Workshop workshop) {
    }

    public record Geescaleerd(UUID klantId, UUID trajectId, String reden) {
    }

    public record EvaluatieNodig(UUID klantId, UUID trajectId, LocalDate evaluatieGeplandOp) {
    }

    public record VoorlichtingUitgenodigd(UUID klantId, UUID trajectId, UUID voorlichtingId, LocalDate voorlichtingDatum) {
    }

    public record AanwezigheidGeregistreerd(UUID klantId, UUID trajectId, UUID voorlichtingId, boolean aanwezig) {
    }

    public record ActiviteitGeregistreerd(UUID klantId, UUID trajectId, UUID activiteitId, LocalDate datum, String kanaal,
                                          String resultaat) {
    }

    public record WorkshopAanwezigheidGemeld(UUID klantId, UUID trajectId, UUID verwijzingId, String partnerId, Workshop onderwerp,
                                             boolean aanwezig) {
    }

    private TrajectEvents() {
    }

    /** The client's work profile as it now stands (employer-service's candidate read model takes it). */
    public record ProfielGewijzigd(UUID klantId, List<String> beroepscodes, String wensen, Integer urenPerWeek, List<String> werkregio,
                                   Opleidingsniveau opleidingsniveau, List<Ervaring> ervaring, List<String> vaardigheden,
                                   LocalDate beschikbaarPer) {
    }
}
