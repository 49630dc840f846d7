package nl.werkplein.employer.pool;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.werkplein.platform.api.ProblemException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** The candidate pools: listed for everyone who matches, added by an administrator. */
@ApplicationScoped
public class PoolService {

    @Inject
    Clock clock;

    @Transactional
    public List<PoolResponse> pools() {
        return Pool.<Pool>listAll(Sort.by("code")).stream().map(PoolResponse::from).toList();
    }

    /** A new pool; socialreturn-service routes to its topic werkplein.matching.<code in lower case>.v1. */
    @Transactional
    public PoolResponse toevoegen(PoolRequest request) {
        if (Pool.findById(request.code()) != null) {
            throw ProblemException.conflict("Pool " + request.code() + " bestaat al.");
        }
        Pool pool = new Pool();
        pool.code = request.code();
        pool.omschrijving = request.omschrijving();
        pool.aangemaaktOp = OffsetDateTime.now(clock);
        pool.persist();
        return PoolResponse.from(pool);
    }
}
