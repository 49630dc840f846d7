package nl.werkplein.screening.vragenlijst;

import nl.werkplein.platform.api.Problem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A questionnaire that can be answered and scored: unique ids, a dimensie on every SCHAAL, options on every KEUZE. */
public final class VragenlijstControle {

    private VragenlijstControle() {
    }

    public static List<Problem.InvalidParam> controleer(List<Vraag> vragen) {
        List<Problem.InvalidParam> fouten = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<Vraag.Dimensie> dimensies = new HashSet<>();
        for (int i = 0; i < vragen.size(); i++) {
            Vraag v = vragen.get(i);
            String pad = "vragen[" + i + "]";
            if (v == null) {
                fouten.add(new Problem.InvalidParam(pad, "mag niet leeg zijn"));
                continue;
            }
            if (v.id() == null || !v.id().matches("^[A-Za-z][A-Za-z0-9]{0,9}$")) {
                fouten.add(new Problem.InvalidParam(pad + ".id", "letters en cijfers, beginnend met een letter"));
            } else if (!ids.add(v.id())) {
                fouten.add(new Problem.InvalidParam(pad + ".id", "komt twee keer voor"));
            }
            if (v.tekst() == null || v.tekst().isBlank()) {
                fouten.add(new Problem.InvalidParam(pad + ".tekst", "is verplicht"));
            }
            if (v.type() == null) {
                fouten.add(new Problem.InvalidParam(pad + ".type", "is verplicht"));
            } else if (v.type() == Vraag.VraagType.SCHAAL) {
                if (v.dimensie() == null) {
                    fouten.add(new Problem.InvalidParam(pad + ".dimensie", "is verplicht bij SCHAAL"));
                } else {
                    dimensies.add(v.dimensie());
                }
            } else if (v.type() == Vraag.VraagType.KEUZE && (v.opties() == null || v.opties().size() < 2)) {
                fouten.add(new Problem.InvalidParam(pad + ".opties", "ten minste twee bij KEUZE"));
            }
        }
        return fouten;
    }
}
