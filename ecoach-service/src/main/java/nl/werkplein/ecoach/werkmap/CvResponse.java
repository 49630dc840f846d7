package nl.werkplein.ecoach.werkmap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** The client's CV as stored. */
public record CvResponse(@Schema(required = true, description = "Het cv als tekst") String tekst,
                         @Schema(readOnly = true, nullable = true) OffsetDateTime gewijzigdOp) {

    static CvResponse from(Cv cv) {
        return new CvResponse(cv.tekst, cv.gewijzigdOp);
    }
}
