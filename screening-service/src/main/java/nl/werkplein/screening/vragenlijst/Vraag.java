package nl.werkplein.screening.vragenlijst;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One question. SCHAAL questions (1..5, higher = stronger) score a dimensie; JA_NEE and KEUZE
 * questions record barriers: {@code blokkerendeAntwoorden} lists the answers that block the
 * zelfdoener route ("true" for a yes/no question).
 */
@Schema(name = "Vraag")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Vraag(
        @Schema(example = "K1") String id,
        String tekst,
        VraagType type,
        @Schema(description = "Alleen bij SCHAAL") Dimensie dimensie,
        @Schema(description = "Alleen bij KEUZE") @Size(max = 50, message = "hoogstens 50") List<String> opties,
        @Schema(description = "Antwoorden die een belemmering zijn voor de zelfdoenerroute") @Size(max = 50, message = "hoogstens 50") List<String> blokkerendeAntwoorden) {

    public enum VraagType { SCHAAL, JA_NEE, KEUZE }

    public enum Dimensie { KUNNEN, WILLEN, CONTACTEN }
}
