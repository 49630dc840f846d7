package nl.werkplein.screening.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import nl.werkplein.screening.vragenlijst.Vraag;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an answer set into scores per dimension and an outcome, and says why (domain.md §2.2–2.3).
 * Pure and deterministic: the same answers under the same {@link Regelset} give the same result and
 * the same toelichting, which is what makes a decision reproducible (rechtsgelijkheid).
 */
public final class EntreeRegels {

    public record Uitslag(Uitkomst uitkomst, Map<Vraag.Dimensie, Double> scores, List<String> belemmeringen, String toelichting) {
    }

    private EntreeRegels() {
    }

    /** The answers must have been validated against the questions ({@link AntwoordControle}). */
    public static Uitslag beoordeel(List<Vraag> vragen, Map<String, JsonNode> antwoorden, Regelset regels) {
        Map<Vraag.Dimensie, double[]> som = new EnumMap<>(Vraag.Dimensie.class);
        List<String> belemmeringen = new ArrayList<>();
        for (Vraag vraag : vragen) {
            JsonNode antwoord = antwoorden.get(vraag.id());
            if (vraag.type() == Vraag.VraagType.SCHAAL) {
                double[] s = som.computeIfAbsent(vraag.dimensie(), d -> new double[2]);
                s[0] += antwoord.asInt();
                s[1]++;
            } else if (antwoord != null && !antwoord.isNull() && vraag.blokkerendeAntwoorden() != null
                    && vraag.blokkerendeAntwoorden().contains(antwoord.asText())) {
                belemmeringen.add(vraag.id());
            }
        }
        Map<Vraag.Dimensie, Double> scores = new EnumMap<>(Vraag.Dimensie.class);
        for (Vraag.Dimensie d : Vraag.Dimensie.values()) {
            double[] s = som.get(d);
            scores.put(d, s == null ? 0.0 : Math.round(s[0] / s[1] * 100.0) / 100.0);
        }
        double kunnen = scores.get(Vraag.Dimensie.KUNNEN);
        double willen = scores.get(Vraag.Dimensie.WILLEN);
        double contacten = scores.get(Vraag.Dimensie.CONTACTEN);
        String waarden = String.format(Locale.ROOT, "KUNNEN %.2f, WILLEN %.2f, CONTACTEN %.2f", kunnen, willen, contacten);
        String regelset = " (regelset " + regels.naam() + " versie " + regels.versie() + ")";

        boolean allesHoog = kunnen >= regels.zelfdoenerDrempel() && willen >= regels.zelfdoenerDrempel()
                && contacten >= regels.zelfdoenerDrempel();
        if (allesHoog && belemmeringen.isEmpty()) {
            return new Uitslag(Uitkomst.ZELFDOENER, scores, belemmeringen, waarden + ": elke dimensie ten minste "
                    + drempel(regels.zelfdoenerDrempel()) + " en geen belemmering, dus ZELFDOENER" + regelset);
        }
        String waarom = allesHoog
                ? "belemmering bij " + String.join(", ", belemmeringen)
                : "niet elke dimensie ten minste " + drempel(regels.zelfdoenerDrempel())
                + (belemmeringen.isEmpty() ? "" : ", en belemmering bij " + String.join(", ", belemmeringen));
        if (regels.modus() == RegelsetConfig.Modus.ALLE_LIJNEN) {
            if (kunnen <= regels.participatieDrempel() && willen <= regels.participatieDrempel()
                    && contacten <= regels.participatieDrempel()) {
                return new Uitslag(Uitkomst.MAATSCHAPPELIJKE_PARTICIPATIE, scores, belemmeringen, waarden + ": " + waarom
                        + "; elke dimensie hoogstens " + drempel(regels.participatieDrempel())
                        + ", dus MAATSCHAPPELIJKE_PARTICIPATIE" + regelset);
            }
            if (willen >= regels.klantondersteuningWillenDrempel() && kunnen > regels.participatieDrempel()) {
                return new Uitslag(Uitkomst.KLANTONDERSTEUNING, scores, belemmeringen, waarden + ": " + waarom
                        + "; WILLEN ten minste " + drempel(regels.klantondersteuningWillenDrempel()) + " en KUNNEN boven "
                        + drempel(regels.participatieDrempel()) + ", dus KLANTONDERSTEUNING" + regelset);
            }
        }
        return new Uitslag(Uitkomst.GESPREK_NODIG, scores, belemmeringen, waarden + ": " + waarom
                + ", dus GESPREK_NODIG: een consulent bepaalt de lijn in een gesprek" + regelset);
    }

    private static String drempel(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
