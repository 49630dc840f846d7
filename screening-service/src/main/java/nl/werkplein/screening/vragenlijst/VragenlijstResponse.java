package nl.werkplein.screening.vragenlijst;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Published as {@code Vragenlijst}, its schema name since the first version of the document. */
@Schema(name = "Vragenlijst")
public record VragenlijstResponse(@Schema(example = "2026.1") String versie, List<Vraag> vragen) {
}
