package nl.werkplein.screening.participatie;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The outcome of a postcode import; published as {@code PostcodeImportUitkomst}, its schema name since the first version of the document. */
@Schema(name = "PostcodeImportUitkomst")
public record PostcodeImportResponse(@Schema(description = "Aantal overgenomen regels") int geaccepteerd,
                                     @Schema(description = "De regels die niet zijn overgenomen, elk met de reden") List<Afwijzing> afgewezen) {

    @Schema(name = "PostcodeImportAfwijzing")
    public record Afwijzing(@Schema(description = "Rijnummer: 1 is de eerste regel na de kopregel", example = "3") int rij,
                            @Schema(description = "Waarom de regel niet is overgenomen", example = "onbekende wijk: Atlantis") String reden) {
    }

    public static PostcodeImportResponse van(PostcodeCsv.Resultaat r) {
        return new PostcodeImportResponse(r.geaccepteerdeRijen(), r.afgewezen().stream().map(a -> new Afwijzing(a.rij(), a.reden())).toList());
    }
}
