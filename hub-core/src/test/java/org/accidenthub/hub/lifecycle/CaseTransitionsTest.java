package org.accidenthub.hub.lifecycle;

import static org.accidenthub.hub.cases.CaseState.AGREED;
import static org.accidenthub.hub.cases.CaseState.CLAIMS_OPEN;
import static org.accidenthub.hub.cases.CaseState.CLOSED;
import static org.accidenthub.hub.cases.CaseState.CONFIRMATION_REJECTED;
import static org.accidenthub.hub.cases.CaseState.CONFIRMATION_REQUESTED;
import static org.accidenthub.hub.cases.CaseState.CONFIRMED;
import static org.accidenthub.hub.cases.CaseState.LITIGATION_FILED;
import static org.accidenthub.hub.cases.CaseState.MEDIATING;
import static org.accidenthub.hub.cases.CaseState.MEDIATION_FAILED;
import static org.accidenthub.hub.cases.CaseState.PAYING;
import static org.accidenthub.hub.cases.CaseState.SETTLED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.accidenthub.hub.cases.CaseState;
import org.junit.jupiter.api.Test;

class CaseTransitionsTest {

    @Test
    void the_confirmation_path_of_domain_reference_3_is_allowed_step_by_step() {
        List<CaseState> path = List.of(CLAIMS_OPEN, MEDIATING, AGREED, CONFIRMATION_REQUESTED, CONFIRMED, PAYING,
                SETTLED, CLOSED);
        for (int i = 1; i < path.size(); i++) {
            assertThat(CaseTransitions.allowed(path.get(i - 1), path.get(i))).as(path.get(i - 1) + " → " + path.get(i))
                    .isTrue();
        }
    }

    @Test
    void a_failed_mediation_or_a_rejected_confirmation_leads_to_mediation_again_or_to_court() {
        assertThat(CaseTransitions.after(MEDIATION_FAILED)).contains(MEDIATING, LITIGATION_FILED);
        assertThat(CaseTransitions.after(CONFIRMATION_REJECTED)).containsExactlyInAnyOrder(MEDIATING, LITIGATION_FILED);
    }

    @Test
    void steps_cannot_be_skipped_or_undone() {
        assertThat(CaseTransitions.allowed(CLAIMS_OPEN, AGREED)).isFalse();
        assertThat(CaseTransitions.allowed(MEDIATING, CONFIRMATION_REQUESTED)).isFalse();
        assertThat(CaseTransitions.allowed(CONFIRMED, MEDIATING)).isFalse();
        assertThat(CaseTransitions.allowed(MEDIATING, MEDIATING)).isFalse();
        assertThat(CaseTransitions.after(CLOSED)).isEmpty();
    }

    @Test
    void every_state_but_closed_has_a_way_on() {
        for (CaseState state : CaseState.values()) {
            if (state != CLOSED) {
                assertThat(CaseTransitions.after(state)).as(state.name()).isNotEmpty();
            }
        }
    }
}
