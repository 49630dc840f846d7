package nl.werkplein.platform.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem, with the invalid input listed field by field. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "Foutmelding volgens RFC 9457 (application/problem+json)")
public record Problem(
        @Schema(description = "URI die het soort fout aanduidt", example = "about:blank") String type,
        @Schema(description = "Korte omschrijving van het soort fout", example = "Ongeldige invoer") String title,
        @Schema(description = "HTTP-statuscode", example = "400") int status,
        @Schema(description = "Uitleg bij deze fout", example = "Eén of meer velden zijn ongeldig.") String detail,
        @Schema(description = "Het pad van dit verzoek", example = "/api/v1/aanvragen") String instance,
        @Schema(description = "Alle ongeldige velden tegelijk") List<InvalidParam> invalidParams) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "InvalidParam")
    public record InvalidParam(
            @Schema(description = "Pad van het veld", example = "vacatures[3].postcode") String name,
            @Schema(description = "Waarom het ongeldig is", example = "moet een Nederlandse postcode zijn") String reason) {
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, List.of());
    }

    public static Problem invalid(List<InvalidParam> params) {
        return new Problem("about:blank", "Ongeldige invoer", 400, "Eén of meer velden zijn ongeldig.", null, List.copyOf(params));
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, invalidParams);
    }
}
