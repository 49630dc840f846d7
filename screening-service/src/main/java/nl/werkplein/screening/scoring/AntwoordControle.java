package nl.werkplein.screening.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import nl.werkplein.platform.api.Problem;
import nl.werkplein.screening.vragenlijst.Vraag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every SCHAAL question answered with a whole number 1..5; JA_NEE with true or false; KEUZE with one
 * of its options. Barrier questions may be left out. Each problem names its question: antwoorden.K1.
 */
public final class AntwoordControle {

    private AntwoordControle() {
    }

    public static List<Problem.InvalidParam> controleer(List<Vraag> vragen, Map<String, JsonNode> antwoorden) {
        List<Problem.InvalidParam> fouten = new ArrayList<>();
        Set<String> bekend = vragen.stream().map(Vraag::id).collect(Collectors.toSet());
        for (String id : antwoorden.keySet()) {
            if (!bekend.contains(id)) {
                fouten.add(new Problem.InvalidParam("antwoorden." + id, "geen vraag van deze versie"));
            }
        }
        for (Vraag vraag : vragen) {
            JsonNode antwoord = antwoorden.get(vraag.id());
            String naam = "antwoorden." + vraag.id();
            boolean leeg = antwoord == null || antwoord.isNull();
            switch (vraag.type()) {
                case SCHAAL -> {
                    if (leeg) {
                        fouten.add(new Problem.InvalidParam(naam, "is verplicht (1 tot en met 5)"));
                    } else if (!antwoord.isIntegralNumber() || antwoord.asInt() < 1 || antwoord.asInt() > 5) {
                        fouten.add(new Problem.InvalidParam(naam, "moet een geheel getal van 1 tot en met 5 zijn"));
                    }
                }
                case JA_NEE -> {
                    if (!leeg && !antwoord.isBoolean()) {
                        fouten.add(new Problem.InvalidParam(naam, "moet true of false zijn"));
                    }
                }
                case KEUZE -> {
                    if (!leeg && (!antwoord.isTextual() || !vraag.opties().contains(antwoord.asText()))) {
                        fouten.add(new Problem.InvalidParam(naam, "moet een van " + vraag.opties() + " zijn"));
                    }
                }
            }
        }
        return fouten;
    }
}
