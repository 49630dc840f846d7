package nl.werkplein.intake.klant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /bsn-sleutels/herversleuteling; the bounds are checked by {@link BsnHerversleuteling#herversleutel}. */
@Schema(name = "BsnHerversleutelingVerzoek", description = "Hoe deze ronde herversleutelt; alles mag weg ({})")
public record BsnHerversleutelingRequest(
        @Schema(description = "Klanten per transactie (standaard werkplein.intake.bsn.herversleuteling.batch-grootte)",
                minimum = "1", maximum = "" + BsnHerversleuteling.MAX_BATCH, example = "500") Integer batchGrootte,
        @Schema(description = "Hoogstens zoveel klanten deze ronde; zonder: tot alles klaar is of de tijd "
                + "(werkplein.intake.bsn.herversleuteling.max-duur) op is", minimum = "1", example = "10000") Integer maxAantal) {
}
