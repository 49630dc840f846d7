package nl.werkplein.screening.vragenlijst;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A new version of a vragenlijst; published as {@code VragenlijstPubliceren}, its schema name since the first version of the document. */
@Schema(name = "VragenlijstPubliceren")
public record PublicatieRequest(
        @NotBlank(message = "is verplicht")
        @Pattern(regexp = "^[0-9A-Za-z.-]{1,20}$", message = "ongeldige versie") String versie,
        @NotEmpty(message = "is verplicht")
        @Size(max = 200, message = "hoogstens 200") List<Vraag> vragen) {
}
