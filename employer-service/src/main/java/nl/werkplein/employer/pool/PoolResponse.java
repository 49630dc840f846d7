package nl.werkplein.employer.pool;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Pool")
public record PoolResponse(@Schema(example = "BEMIDDELBAAR") String code,
                           @Schema(example = "Bemiddelbare klanten") String omschrijving) {
    static PoolResponse from(Pool pool) {
        return new PoolResponse(pool.code, pool.omschrijving);
    }
}
