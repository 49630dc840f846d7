package nl.werkplein.screening.participatie;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An organisation for participation and the wijken it serves. */
@Schema(name = "ParticipatieOrganisatie")
public record OrganisatieResponse(@Schema(example = "radar") String code, @Schema(example = "Radar") String naam,
                                  @Schema(description = "WIJK (een wijkorganisatie) of SW (het SW-bedrijf: indicatie beschut werk)") String soort,
                                  @Schema(description = "De wijken die zij bedient") List<String> wijken) {
}
