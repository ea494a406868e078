package org.accidenthub.connectors.police;

import java.util.List;
import org.accidenthub.connectors.json.Pointer;
import org.accidenthub.connectors.spi.ProblemCollector;
import org.accidenthub.connectors.spi.ReadContext;

/**
 * Responsibility under a liability finding (认定书; spec, parties[].responsibility and the
 * first cross-field rule). The shares must add up exactly: the calculator splits money by
 * them, so the hub refuses to guess.
 */
final class LiabilityRules implements CrossFieldRule {

    /** Roles whose responsibility a liability finding must state (spec, parties[].responsibility). */
    private static final List<String> ROLES_WITH_RESPONSIBILITY = List.of("DRIVER", "PEDESTRIAN", "CYCLIST");

    @Override
    public void check(PoliceFile file, ReadContext context, ProblemCollector problems) {
        boolean liabilityFinding = file.finding() != null && "LIABILITY_FINDING".equals(file.finding().kind());
        boolean sharesKnown = !file.invalid().contains("parties");
        for (PoliceFile.Party party : file.parties()) {
            if (party.invalid().contains("responsibility") || party.invalid().contains("responsibilityShare")) {
                sharesKnown = false;
            } else if (party.responsibility() == null && needsResponsibility(party, liabilityFinding)) {
                sharesKnown = false;
                problems.error(Pointer.field(party.path(), "responsibility"),
                        ProblemCode.RESPONSIBILITY_REQUIRED.name(),
                        party.responsibilityShare() != null
                                ? "a responsibility share needs its responsibility class"
                                : "a liability finding must state the responsibility of every " + party.role());
            }
        }
        if (liabilityFinding && sharesKnown) {
            sharesSumTo100(file.parties(), problems);
        }
    }

    private static boolean needsResponsibility(PoliceFile.Party party, boolean liabilityFinding) {
        return party.responsibilityShare() != null
                || liabilityFinding && party.role() != null && ROLES_WITH_RESPONSIBILITY.contains(party.role());
    }

    private static void sharesSumTo100(List<PoliceFile.Party> parties, ProblemCollector problems) {
        int sum = parties.stream()
                .filter(party -> party.responsibility() != null)
                .mapToInt(party -> ResponsibilityShare.of(party.responsibility(), party.responsibilityShare()))
                .sum();
        if (sum != 100) {
            problems.error("/parties", ProblemCode.SHARES_SUM.name(),
                    "the responsibility shares (explicit, or the class defaults FULL 100, MAIN 70, EQUAL 50, "
                            + "SECONDARY 30, NONE 0) sum to " + sum + ", not 100; "
                            + "send explicit responsibilityShare values that sum to 100");
        }
    }
}
