package nl.werkplein.screening.doelgroepregister;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The recorded indication. */
@Schema(name = "DoelgroepregisterIndicatie")
public record DoelgroepregisterResponse(UUID klantId, boolean indicatie, LocalDate datum, String bron, OffsetDateTime vastgelegdOp,
                                        String vastgelegdDoor) {

    static DoelgroepregisterResponse van(Doelgroepregister d) {
        return new DoelgroepregisterResponse(d.klantId, d.indicatie, d.datum, d.bron, d.vastgelegdOp, d.vastgelegdDoor);
    }
}
