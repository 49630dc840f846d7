package nl.werkplein.screening.scoring;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.audit.AuditLog;
import nl.werkplein.screening.vragenlijst.Vraag;
import nl.werkplein.screening.vragenlijst.Vragenlijst;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Policy what-if over the whole caseload (issue 18 point 6): every stored answer set of a period judged
 * again under a draft rule set that is not published, against the line it was decided on. Reads the
 * answer sets as a stream (AntwoordensetRepository); nothing is stored, nothing published.
 */
@ApplicationScoped
public class WatAlsService {

    private static final TypeReference<Map<String, JsonNode>> ANTWOORDEN = new TypeReference<>() { };

    @Inject
    AntwoordensetRepository antwoordensets;
    @Inject
    ObjectMapper json;
    @Inject
    AuditLog audit;

    public record Resultaat(Kruistabel.Tabel totaal, Map<String, Kruistabel.Tabel> perWijk, long duurMs) {
    }

    /** {@code van} and {@code tot} inclusive, calendar dates in Europe/Amsterdam (api.md). */
    @Transactional
    public Resultaat bereken(Regelset concept, LocalDate van, LocalDate tot, boolean perWijk) {
        long start = System.nanoTime();
        Kruistabel tabel = new Kruistabel(perWijk);
        Map<UUID, List<Vraag>> vragen = new HashMap<>();
        try (Stream<AntwoordensetRepository.Antwoordenset> sets = antwoordensets.ingediend(van, tot)) {
            sets.forEach(set -> {
                List<Vraag> lijst = vragen.computeIfAbsent(set.vragenlijstId(),
                        id -> Vragenlijst.<Vragenlijst>findById(id).gelezenVragen(json));
                Uitkomst nieuw = EntreeRegels.beoordeel(lijst, lees(set.antwoorden()), concept).uitkomst();
                tabel.tel(set.uitkomst(), nieuw, set.wijk());
            });
        }
        Resultaat resultaat = new Resultaat(tabel.totaal(), perWijk ? tabel.perWijk() : null, (System.nanoTime() - start) / 1_000_000);
        // the answer sets are personal data even when only counts leave
        audit.record(AuditLog.Actie.RAADPLEGEN, "beoordeling", null, null, "wat-als " + concept.naam() + " " + concept.versie()
                + " over " + van + ".." + tot + ": " + resultaat.totaal().aantal() + " antwoordensets (alleen aantallen)");
        return resultaat;
    }

    private Map<String, JsonNode> lees(String antwoorden) {
        try {
            return json.readValue(antwoorden, ANTWOORDEN);
        } catch (Exception e) {
            throw new IllegalStateException("stored answers unreadable", e);
        }
    }
}
