package nl.werkplein.employer.plaatsing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "PlaatsingBeeindigen", description = "Het einde van een plaatsing: de laatste gewerkte dag en waarom")
public record PlaatsingBeeindiging(
        @Schema(description = "De laatste gewerkte dag; niet voor de startdatum", example = "2026-07-31", required = true) LocalDate einddatum,
        @Schema(required = true) Eindreden reden) {
}
