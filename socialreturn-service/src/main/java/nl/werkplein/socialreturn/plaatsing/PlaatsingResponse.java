package nl.werkplein.socialreturn.plaatsing;

import nl.werkplein.socialreturn.bouwblok.Doelgroep;
import nl.werkplein.socialreturn.vacature.Soort;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Plaatsing", description = "Een plaatsing op een vacature van dit contract of deze partner, met haar bouwblokkenwaarde (centen)")
public record PlaatsingResponse(UUID plaatsingId, UUID vacatureId, @Schema(nullable = true) UUID contractId,
                                @Schema(example = "randstad", nullable = true) String partnerId,
                                @Schema(description = "De soort waarmee de plaats is geregistreerd: wat wordt toegerekend") Soort soort,
                                @Schema(nullable = true) Doelgroep doelgroep,
                                @Schema(example = "2026-03-01") LocalDate startdatum,
                                @Schema(example = "24") int urenPerWeek, @Schema(example = "6") int duurMaanden,
                                boolean vijftigPlus, @Schema(example = "1") int tarieftabelVersie,
                                @Schema(description = "Of de plaatsing meetelt voor het contract") boolean toegerekend,
                                @Schema(description = "Waarom niet toegerekend (geen contract; overlapt met een toegerekende plaatsing van dezelfde persoon)",
                                        nullable = true) String redenNietToegerekend,
                                @Schema(description = "De toegerekende plaatsing waarmee deze in de tijd overlapt", nullable = true) UUID overlaptMet,
                                @Schema(description = "Huidige waarde in centen (0 als niet toegerekend)", example = "1333333") long waarde,
                                @Schema(description = "Waarde bij toerekening, voor een herwaardering", nullable = true, example = "1333333")
                                Long oorspronkelijkeWaarde,
                                @Schema(description = "De berekening in woorden") String berekening,
                                @Schema(description = "Laatste gewerkte dag, als de plaatsing is beëindigd", nullable = true, example = "2026-05-15")
                                LocalDate einddatum,
                                @Schema(description = "Reden van beëindiging", nullable = true, example = "AFGEBROKEN_KLANT") String eindreden,
                                @Schema(description = "Gewerkte hele maanden, na een herwaardering", nullable = true, example = "2")
                                Integer gewerkteMaanden,
                                @Schema(description = "Wanneer toegerekend (of, als niet toegerekend, vastgelegd)") OffsetDateTime toegerekendOp) {
}
