package org.accidenthub.hub.speedtrial;

import java.util.UUID;
import org.accidenthub.hub.mediation.CaseFiles;
import org.accidenthub.schemas.v1.SpeedTrialFiling;

/**
 * The filing package the hub assembles for the court, as the SpeedTrialFiling record: the plaintiff,
 * the defendants (the other parties and the insurers) and the case file ({@link CaseFiles}), so that
 * the court re-types nothing.
 */
final class SpeedTrialPackage {

    private SpeedTrialPackage() {
    }

    static SpeedTrialFiling of(SpeedTrialFilingRow row, String courtName, String plaintiffRef,
            CaseFiles.Contents contents) {
        return SpeedTrialFiling.newBuilder()
                .setMessageId(UUID.randomUUID().toString())
                .setFilingId(row.id.toString())
                .setCaseId(row.caseId.toString())
                .setCourtCode(row.courtCode)
                .setCourtName(courtName)
                .setProcedure(row.procedure)
                .setPlaintiffs(CaseFiles.bringing(contents.facts(), plaintiffRef))
                .setDefendants(CaseFiles.against(contents.facts(), plaintiffRef))
                .setCaseFile(CaseFiles.of(contents))
                .setFiledAt(row.filedAt)
                .setJudgmentDueAt(row.judgmentDueAt)
                .build();
    }
}
