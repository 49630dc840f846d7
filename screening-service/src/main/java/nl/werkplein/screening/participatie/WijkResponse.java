package nl.werkplein.screening.participatie;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A wijk with its organisation and postcode-4 areas. */
@Schema(name = "Wijk")
public record WijkResponse(String naam, String organisatie, List<String> postcodes) {
}
