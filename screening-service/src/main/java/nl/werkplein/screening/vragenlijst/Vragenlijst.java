package nl.werkplein.screening.vragenlijst;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A published version of a questionnaire: immutable once published; the newest is current. */
@Entity
@Table(name = "vragenlijst")
public class Vragenlijst extends PanacheEntityBase {

    public enum Soort { ENTREE, AANVULLEND }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Soort soort;

    @Column(nullable = false)
    public String versie;

    /** The questions as JSON (a list of {@link Vraag}). */
    @Column(nullable = false)
    public String vragen;

    @Column(name = "gepubliceerd_op", nullable = false)
    public OffsetDateTime gepubliceerdOp;

    /** The stored questions, read back. */
    public List<Vraag> gelezenVragen(ObjectMapper json) {
        try {
            return json.readValue(vragen, new TypeReference<List<Vraag>>() { });
        } catch (Exception e) {
            throw new IllegalStateException("stored questionnaire " + id + " unreadable", e);
        }
    }

    public static Optional<Vragenlijst> huidige(Soort soort) {
        return find("soort = ?1 order by gepubliceerdOp desc, versie desc", soort).firstResultOptional();
    }

    /** Whether this version of the questionnaire has been published already (a version never changes). */
    public static boolean bestaat(Soort soort, String versie) {
        return count("soort = ?1 and versie = ?2", soort, versie) > 0;
    }
}
