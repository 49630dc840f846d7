package nl.werkplein.screening.vragenlijst;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.api.Problem;
import nl.werkplein.platform.api.ProblemException;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** The current version of each questionnaire, and beheer's publication of a new one (immutable once published). */
@ApplicationScoped
public class VragenlijstService {

    @Inject
    ObjectMapper json;

    @Transactional
    public VragenlijstResponse huidige(Vragenlijst.Soort soort) {
        Vragenlijst lijst = Vragenlijst.huidige(soort).orElseThrow(() -> ProblemException.notFound("Vragenlijst " + soort));
        return new VragenlijstResponse(lijst.versie, lijst.gelezenVragen(json));
    }

    /** Checked (unique ids, a dimensie on every SCHAAL, options on KEUZE); 409 when the version exists. */
    @Transactional
    public VragenlijstResponse publiceer(Vragenlijst.Soort soort, String versie, List<Vraag> vragen) {
        List<Problem.InvalidParam> fouten = VragenlijstControle.controleer(vragen);
        if (!fouten.isEmpty()) {
            throw ProblemException.invalid(fouten);
        }
        if (Vragenlijst.bestaat(soort, versie)) {
            throw ProblemException.conflict("Versie " + versie + " bestaat al en verandert niet.");
        }
        Vragenlijst lijst = new Vragenlijst();
        lijst.id = UUID.randomUUID();
        lijst.soort = soort;
        lijst.versie = versie;
        // the wall clock, not the movable one: the newest publication is the current version (Vragenlijst.huidige)
        lijst.gepubliceerdOp = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        try {
            lijst.vragen = json.writeValueAsString(vragen);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        lijst.persist();
        return new VragenlijstResponse(lijst.versie, vragen);
    }
}
