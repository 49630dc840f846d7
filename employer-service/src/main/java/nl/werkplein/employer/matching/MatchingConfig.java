package nl.werkplein.employer.matching;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Weights of the matching criteria (they need not add up to 100; the score is their weighted mean) and its thresholds. */
@ConfigMapping(prefix = "werkplein.employer.matching")
public interface MatchingConfig {

    Gewichten gewichten();

    interface Gewichten {
        /** Occupation: same ISCO-08 unit group, minor group or major group as a wish or experience. */
        @WithDefault("30")
        int beroep();

        /** Skills the vacancy asks or mentions. */
        @WithDefault("15")
        int vaardigheden();

        /** Education level at least the level asked. */
        @WithDefault("10")
        int opleiding();

        /** Hours per week close to the vacancy's. */
        @WithDefault("10")
        int uren();

        /** Vacancy's postcode area in the candidate's werkregio. */
        @WithDefault("15")
        int regio();

        /** Available now. */
        @WithDefault("5")
        int beschikbaarheid();

        /** The candidate's situation fits the kind of place (werkleerplek rules, domain.md 4.3). */
        @WithDefault("15")
        int situatie();
    }

    /** Hours differing at most this much fit fully, up to twice this half. */
    @WithDefault("4")
    int urenMarge();

    /** Available within this many days: half the availability points. */
    @WithDefault("28")
    int beschikbaarBinnenDagen();

    /** Candidates on each vacancy's shortlist. */
    @WithDefault("10")
    int shortlist();

    /** Candidates scoring below this are left off a shortlist. */
    @WithDefault("0")
    int minimumScore();

    default Matchregels regels() {
        Gewichten g = gewichten();
        return new Matchregels(g.beroep(), g.vaardigheden(), g.opleiding(), g.uren(), g.regio(), g.beschikbaarheid(), g.situatie(),
                urenMarge(), beschikbaarBinnenDagen());
    }
}
