package org.accidenthub.hub.compensation.calculations;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Map;
import org.accidenthub.compensation.standards.CompulsoryInsuranceLimits;
import org.accidenthub.compensation.standards.StandardItem;
import org.accidenthub.hub.compensation.standards.StandardsTable;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * What-if calculations: the same calculator, the same limits and (unless the request gives its own
 * figures) the same stored standards as a case calculation, and nothing is written.
 */
@ApplicationScoped
public class WhatIfCalculations {

    private final Mutiny.SessionFactory sessions;
    private final CompulsoryInsuranceLimits limits;

    WhatIfCalculations(Mutiny.SessionFactory sessions, CompulsoryInsuranceLimits limits) {
        this.sessions = sessions;
        this.limits = limits;
    }

    public Uni<CalculationView> calculate(WhatIfRequest request) {
        WhatIfReader read = new WhatIfReader(request);
        return figures(read).map(figures -> CalculationViews.of(
                Calculation.of(read.basis(figures), limits, read.checks().problems(), WhatIfReader::locate), null));
    }

    private Uni<Map<StandardItem, BigDecimal>> figures(WhatIfReader read) {
        if (read.inlineFigures().isPresent()) {
            return Uni.createFrom().item(read.inlineFigures().get());
        }
        if (!read.keyed()) {
            return Uni.createFrom().item(Map.of());
        }
        return sessions.withSession(session -> StandardsTable.figures(session, read.province(), read.year()));
    }
}
