package nl.werkplein.employer.vacature;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A matcher's verdict on one candidate for one vacancy: proposed to the employer, or rejected with a reason. */
@Entity
@Table(name = "voorstel")
public class Voorstel extends PanacheEntityBase {

    public enum Uitkomst { VOORGESTELD, AFGEWEZEN }

    @Id
    public UUID id;
    @Column(name = "vacature_id", nullable = false)
    public UUID vacatureId;
    @Column(name = "klant_id", nullable = false)
    public UUID klantId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Uitkomst uitkomst;
    public String reden;
    @Column(nullable = false)
    public String door;
    @Column(nullable = false)
    public OffsetDateTime op;

    public static Voorstel van(UUID vacatureId, UUID klantId) {
        return find("vacatureId = ?1 and klantId = ?2", vacatureId, klantId).firstResult();
    }

    public static List<Voorstel> vanVacatures(List<UUID> vacatureIds) {
        if (vacatureIds.isEmpty()) {
            return List.of();
        }
        return list("vacatureId in ?1", vacatureIds);
    }

    public static Set<UUID> klanten(List<Voorstel> voorstellen, UUID vacatureId, Uitkomst uitkomst) {
        return voorstellen.stream().filter(v -> v.vacatureId.equals(vacatureId) && v.uitkomst == uitkomst)
                .map(v -> v.klantId).collect(Collectors.toSet());
    }
}
