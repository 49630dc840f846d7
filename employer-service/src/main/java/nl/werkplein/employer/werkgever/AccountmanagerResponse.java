package nl.werkplein.employer.werkgever;

import nl.werkplein.employer.kandidaat.Kandidaat;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "Accountmanager")
public record AccountmanagerResponse(UUID id, @Schema(example = "Piet Bakker") String naam,
                                     @Schema(example = "piet.bakker@gemeente.example.nl") String email, List<String> branches) {
    static AccountmanagerResponse from(Accountmanager a) {
        return new AccountmanagerResponse(a.id, a.naam, a.email, Kandidaat.lijst(a.branches, "|"));
    }
}
