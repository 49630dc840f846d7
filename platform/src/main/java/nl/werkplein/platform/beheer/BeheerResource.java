package nl.werkplein.platform.beheer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;
import nl.werkplein.platform.api.ProblemException;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Operations on every consuming service (role beheer, audited): what is in its dead-letter topics and
 * why, replaying it into the consumer once the cause is fixed, and the state of its outbox relay.
 */
@Path("/api/v1/beheer")
@Tag(name = "Beheer", description = "Dead-letter-berichten inzien en herverwerken, de stand van de outbox")
@Produces(MediaType.APPLICATION_JSON)
public class BeheerResource {

    @Inject
    DlqBeheer dlq;
    @Inject
    OutboxBeheer outbox;
    @Inject
    AuditLog audit;

    @Schema(name = "DlqBericht", description = "Een bericht dat een consument na herhaalde pogingen opgaf, met de reden")
    public record DlqBericht(
            @Schema(description = "Het dead-letter-topic", example = "werkplein.intake.aanvragen.v1.dlq") String topic,
            int partitie,
            long offset,
            @Schema(description = "Wanneer het in het dead-letter-topic kwam") OffsetDateTime tijdstip,
            @Schema(description = "De sleutel (klantId of vacatureId)") String sleutel,
            @Schema(description = "Het topic waar de consument het las") String oorspronkelijkTopic,
            Integer oorspronkelijkePartitie,
            Long oorspronkelijkeOffset,
            @Schema(description = "Waarom de consument het opgaf (header dead-letter-reason)") String reden,
            @Schema(description = "De onderliggende oorzaak (header dead-letter-cause)") String oorzaak,
            @Schema(description = "De klasse van de fout (header dead-letter-exception-class-name)") String fout,
            @Schema(format = "uuid") String eventId,
            String eventType,
            @Schema(description = "Consumenten die het event inmiddels verwerkten (bijvoorbeeld na herverwerking)") List<String> verwerktDoor,
            @Schema(description = "Het bericht zoals het binnenkwam (CloudEvent, JSON)") String bericht) {
    }

    @Schema(name = "HerverwerkingVerzoek", description = "Welke dead-letter-berichten opnieuw aan de consument gaan")
    public record HerverwerkingVerzoek(
            @Schema(description = "Het dead-letter-topic of het gelezen topic", required = true, example = "werkplein.ecoach.trajecten.v1") String topic,
            @Schema(description = "Partitie van het dead-letter-topic; nodig met offset als het topic er meer heeft") Integer partitie,
            @Schema(description = "Offset in het dead-letter-topic; zonder offset gaan alle berichten") Long offset) {
    }

    @Schema(name = "HerverwerkingUitkomst")
    public record HerverwerkingUitkomst(int partitie, long offset, @Schema(format = "uuid") String eventId,
                                        @Schema(description = "TOEGEPAST, ONGEWIJZIGD (eerder verwerkt) of MISLUKT") String resultaat,
                                        String reden) {
    }

    @Schema(name = "Herverwerking", description = "Wat herverwerken opleverde; nogmaals herverwerken verandert niets")
    public record Herverwerking(String topic, int aantal, int toegepast, int ongewijzigd, int mislukt,
                                List<HerverwerkingUitkomst> berichten) {
    }

    @GET
    @Path("/dlq-berichten")
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Dead-letter-berichten opvragen",
            description = "Wat de consumenten van deze service na herhaalde pogingen opgaven, met de reden, per topic, partitie en offset. "
                    + "Zonder topic: alle dead-letter-topics van deze service.")
    public Page<DlqBericht> dlqBerichten(
            @Parameter(description = "Dead-letter-topic of gelezen topic") @QueryParam("topic") String topic,
            @Parameter(description = "Paginanummer, vanaf 1") @QueryParam("page") Integer page,
            @Parameter(description = "Aantal per pagina, hoogstens 1000") @QueryParam("size") Integer size) {
        List<String> topics = topic == null || topic.isBlank() ? dlq.kanalen().dlqTopics() : List.of(dlqTopic(topic));
        PageRequest paging = PageRequest.of(page, size);
        Page<DlqBeheer.Gelezen> gelezen = dlq.lijst(topics, paging);
        Map<String, List<String>> verwerkt = dlq.verwerktDoor(gelezen.items().stream().map(g -> DlqBeheer.eventId(g.waarde())).toList());
        audit.record(AuditLog.Actie.RAADPLEGEN, "dlq-berichten", String.join(",", topics), null, "dead-letter-berichten inzien");
        return gelezen.map(g -> {
            String eventId = DlqBeheer.eventId(g.waarde());
            return new DlqBericht(g.topic(), g.partitie(), g.offset(), DlqBeheer.tijd(g.tijdstip()), g.sleutel(),
                    g.header("dead-letter-topic"), integer(g.header("dead-letter-partition")), longValue(g.header("dead-letter-offset")),
                    g.header("dead-letter-reason"), g.header("dead-letter-cause"), g.header("dead-letter-exception-class-name"),
                    eventId, DlqBeheer.eventType(g.waarde()), eventId == null ? List.of() : verwerkt.getOrDefault(eventId, List.of()),
                    g.waarde());
        });
    }

    @POST
    @Path("/dlq-berichten/herverwerking")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "Dead-letter-berichten herverwerken",
            description = "Geeft één bericht (partitie en offset) of alle berichten van een dead-letter-topic opnieuw aan de consument. "
                    + "Idempotent: een event dat al verwerkt is, verandert niets (ONGEWIJZIGD). Het bericht blijft in het dead-letter-topic staan.")
    @APIResponse(responseCode = "200", description = "Herverwerkt; per bericht de uitkomst")
    public Herverwerking herverwerking(HerverwerkingVerzoek verzoek) {
        if (verzoek == null || verzoek.topic() == null || verzoek.topic().isBlank()) {
            throw ProblemException.invalid("topic", "is verplicht");
        }
        String topic = dlqTopic(verzoek.topic());
        if (verzoek.offset() != null && verzoek.offset() < 0) {
            throw ProblemException.invalid("offset", "moet 0 of hoger zijn");
        }
        if (verzoek.partitie() != null && verzoek.partitie() < 0) {
            throw ProblemException.invalid("partitie", "moet 0 of hoger zijn");
        }
        List<DlqBeheer.Gelezen> records = dlq.lees(topic, verzoek.partitie(), verzoek.offset());
        if (verzoek.offset() != null && verzoek.partitie() == null && records.size() > 1) {
            throw ProblemException.invalid("partitie", "is nodig: offset " + verzoek.offset() + " bestaat in meer partities van " + topic);
        }
        if (verzoek.offset() != null && records.isEmpty()) {
            throw ProblemException.invalid("offset", "geen bericht op deze offset in " + topic);
        }
        List<DlqBeheer.Uitkomst> uitkomsten = dlq.herverwerk(topic, records);
        List<HerverwerkingUitkomst> berichten = uitkomsten.stream().map(u -> new HerverwerkingUitkomst(u.record().partitie(),
                u.record().offset(), u.eventId(), u.resultaat().name(), u.reden())).toList();
        int toegepast = count(uitkomsten, DlqBeheer.Resultaat.TOEGEPAST);
        int ongewijzigd = count(uitkomsten, DlqBeheer.Resultaat.ONGEWIJZIGD);
        int mislukt = count(uitkomsten, DlqBeheer.Resultaat.MISLUKT);
        String welke = verzoek.offset() == null ? (verzoek.partitie() == null ? "alle" : "partitie " + verzoek.partitie())
                : records.get(0).partitie() + "/" + verzoek.offset();
        audit.record(AuditLog.Actie.WIJZIGEN, "dlq-berichten", topic + " " + welke, null,
                "herverwerking: " + toegepast + " toegepast, " + ongewijzigd + " ongewijzigd, " + mislukt + " mislukt");
        return new Herverwerking(topic, uitkomsten.size(), toegepast, ongewijzigd, mislukt, berichten);
    }

    @GET
    @Path("/outbox")
    @RolesAllowed(Roles.BEHEER)
    @Operation(summary = "De stand van de outbox",
            description = "Achterstand per bucket, de positie (txid:seq) die elke bucket als laatste publiceerde, "
                    + "welke replica elke bucket houdt en welke relays leven.")
    public OutboxBeheer.Stand outbox() {
        OutboxBeheer.Stand stand = outbox.stand();
        audit.record(AuditLog.Actie.RAADPLEGEN, "outbox", null, null, "outbox-stand inzien");
        return stand;
    }

    private String dlqTopic(String topic) {
        String dlqTopic = dlq.kanalen().dlqTopicVoor(topic);
        if (dlqTopic == null) {
            throw ProblemException.invalid("topic", "deze service heeft geen dead-letter-topic voor " + topic
                    + "; wel: " + String.join(", ", dlq.kanalen().dlqTopics()));
        }
        return dlqTopic;
    }

    private static int count(List<DlqBeheer.Uitkomst> uitkomsten, DlqBeheer.Resultaat r) {
        return (int) uitkomsten.stream().filter(u -> u.resultaat() == r).count();
    }

    private static Integer integer(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long longValue(String s) {
        try {
            return s == null ? null : Long.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
