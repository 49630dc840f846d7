package nl.werkplein.ecoach.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.werkplein.platform.api.Page;
import nl.werkplein.platform.api.PageRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Monitoring the job-search effort remotely (domain.md 3.2): per client of the caseload the activities
 * of the last weeks against the norm; who falls behind is flagged. A trajectory younger than the
 * period is held to the norm of the whole weeks it has run. The set-based query is in
 * {@link CaseloadRepository}.
 */
@ApplicationScoped
public class CaseloadService {

    @Inject
    CaseloadRepository repository;
    @Inject
    MonitoringConfig config;
    @Inject
    Clock clock;

    public Page<CaseloadKlant> caseload(UUID ecoachId, Boolean alleenAchterstand, PageRequest paging) {
        return repository.caseload(ecoachId, alleenAchterstand, LocalDate.now(clock),
                new CaseloadRepository.Norm(config.activiteitenPerWeek(), config.weken()), paging);
    }
}
