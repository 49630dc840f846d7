package nl.werkplein.employer.matching;

/**
 * The weights of each criterion and the thresholds the criteria use; the configuration
 * ({@code MatchingConfig}) supplies them, a test can build its own.
 */
public record Matchregels(
        int gewichtBeroep,
        int gewichtVaardigheden,
        int gewichtOpleiding,
        int gewichtUren,
        int gewichtRegio,
        int gewichtBeschikbaarheid,
        int gewichtSituatie,
        /** Hours differing at most this much fit fully; up to twice this, half. */
        int urenMarge,
        /** Available within this many days from today: half the points. */
        int beschikbaarBinnenDagen) {

    public static Matchregels standaard() {
        return new Matchregels(30, 15, 10, 10, 15, 5, 15, 4, 28);
    }

    public int totaal() {
        return gewichtBeroep + gewichtVaardigheden + gewichtOpleiding + gewichtUren + gewichtRegio
                + gewichtBeschikbaarheid + gewichtSituatie;
    }
}
