package nl.werkplein.screening.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.time.ClockProducer;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The stored answer sets as the what-if reads them: the whole caseload of a period in one streaming
 * query (set-based, so hand-written SQL), each row typed, with the wijk of the client's postcode.
 */
@ApplicationScoped
public class AntwoordensetRepository {

    /** One stored answer set: the questionnaire version it answered, the answers (JSON), the outcome it got, the wijk (null when unknown). */
    public record Antwoordenset(UUID vragenlijstId, String antwoorden, Uitkomst uitkomst, String wijk) {
    }

    @Inject
    EntityManager em;

    /**
     * The answer sets submitted from {@code van} to {@code tot} inclusive (calendar dates in
     * Europe/Amsterdam). Read as they come (fetch size 2000, read-only) so the caseload never sits in
     * memory; the caller consumes and closes the stream inside its own transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Stream<Antwoordenset> ingediend(LocalDate van, LocalDate tot) {
        @SuppressWarnings("unchecked")
        Stream<Tuple> rijen = em.createNativeQuery("""
                        SELECT b.vragenlijst_id, b.antwoorden, b.uitkomst, p.wijk
                          FROM beoordeling b
                          LEFT JOIN klant k ON k.klant_id = b.klant_id
                          LEFT JOIN wijk_postcode p ON p.postcode4 = k.postcode4
                         WHERE b.ingediend_op >= ?1 AND b.ingediend_op < ?2""", Tuple.class)
                .setParameter(1, van.atStartOfDay(ClockProducer.AMSTERDAM).toOffsetDateTime())
                .setParameter(2, tot.plusDays(1).atStartOfDay(ClockProducer.AMSTERDAM).toOffsetDateTime())
                .setHint("org.hibernate.fetchSize", 2000)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream();
        return rijen.map(t -> new Antwoordenset(t.get("vragenlijst_id", UUID.class), t.get("antwoorden", String.class),
                Uitkomst.valueOf(t.get("uitkomst", String.class)), t.get("wijk", String.class)));
    }
}
