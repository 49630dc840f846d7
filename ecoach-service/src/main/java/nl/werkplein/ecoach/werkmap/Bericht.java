package nl.werkplein.ecoach.werkmap;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A message in the one thread between a client and the e-coach. */
@Entity
@Table(name = "bericht")
public class Bericht extends PanacheEntityBase {

    public enum Van { KLANT, ECOACH }

    @Id
    public UUID id;

    @Column(name = "klant_id", nullable = false)
    public UUID klantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Van van;

    /** The sender's token subject. */
    @Column(nullable = false)
    public String afzender;

    @Column(nullable = false)
    public String tekst;

    @Column(name = "verzonden_op", nullable = false)
    public OffsetDateTime verzondenOp;
}
