package nl.werkplein.intake.zoekperiode;

import java.time.LocalDate;
import java.time.Period;

/**
 * The zoekperiode rule of domain.md §1.5 (seed 004, §2.2): pure date arithmetic, no framework.
 * <ul>
 *   <li>Under the age limit on the aanvraagdatum: the period starts at the UWV melding, the benefit
 *       not before the period is over, effort in work and/or education, and without a
 *       startkwalificatie the advice to go back to school.</li>
 *   <li>At or over the limit: the period runs from the aanvraagdatum (not an extra period before it),
 *       only work effort, and a benefit from the aanvraagdatum.</li>
 * </ul>
 */
public final class ZoekperiodeRegels {

    private final Period duur;
    private final int leeftijdsgrens;

    public ZoekperiodeRegels(Period duur, int leeftijdsgrens) {
        this.duur = duur;
        this.leeftijdsgrens = leeftijdsgrens;
    }

    public static ZoekperiodeRegels van(ZoekperiodeConfig config) {
        return new ZoekperiodeRegels(config.duur(), config.leeftijdsgrens());
    }

    /** Whole years; born on 29 February, one turns a year older on 1 March in a non-leap year. */
    public static int leeftijd(LocalDate geboortedatum, LocalDate op) {
        return Period.between(geboortedatum, op).getYears();
    }

    public boolean isJongere(LocalDate geboortedatum, LocalDate aanvraagdatum) {
        return leeftijd(geboortedatum, aanvraagdatum) < leeftijdsgrens;
    }

    /**
     * @param meldingUwvDatum required for a jongere (the caller validates that)
     */
    public Zoekperiode bepaal(LocalDate geboortedatum, LocalDate aanvraagdatum, LocalDate meldingUwvDatum,
                              boolean startkwalificatie) {
        int leeftijd = leeftijd(geboortedatum, aanvraagdatum);
        boolean jongere = leeftijd < leeftijdsgrens;
        if (jongere && meldingUwvDatum == null) {
            throw new IllegalArgumentException("a jongere's zoekperiode starts at the UWV melding, which is missing");
        }
        LocalDate begindatum = jongere ? meldingUwvDatum : aanvraagdatum;
        LocalDate einddatum = begindatum.plus(duur);
        LocalDate ingangsdatum = jongere && einddatum.isAfter(aanvraagdatum) ? einddatum : aanvraagdatum;
        return new Zoekperiode(begindatum, einddatum, ingangsdatum, leeftijd, jongere,
                jongere ? Zoekperiode.Inspanning.WERK_EN_OPLEIDING : Zoekperiode.Inspanning.WERK,
                jongere && !startkwalificatie);
    }
}
