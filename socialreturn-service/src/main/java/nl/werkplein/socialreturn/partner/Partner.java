package nl.werkplein.socialreturn.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A partner agency delivering its vacancies weekly (domain.md 7.3); its id is its token's sub. */
@Entity
@Table(name = "partner")
public class Partner extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String naam;

    /** Where its vacancies go unless an earlier routing rule applies. */
    @Column(nullable = false)
    public String pool;

    @Column(nullable = false)
    public boolean actief;

    /** The weekly check counts weeks from the ISO week of this date. */
    @Column(name = "leveren_vanaf", nullable = false)
    public LocalDate leverenVanaf;

    @Column(name = "aangemaakt_op", nullable = false)
    public OffsetDateTime aangemaaktOp;

    @Version
    public long version;
}
