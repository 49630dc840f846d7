package nl.werkplein.employer.matching;

import java.util.List;
import java.util.UUID;

/** One candidate on a shortlist: the score 0–100 and, per criterion, how it was earned. */
public record Match(UUID klantId, int score, List<String> redenen, List<Criterium> criteria) {

    /** The points of one criterion: {@code punten} of {@code maximum}, with the reason in words. */
    public record Criterium(String criterium, int punten, int maximum, String toelichting) {
        public String alsReden() {
            return criterium + " " + punten + "/" + maximum + ": " + toelichting;
        }
    }
}
