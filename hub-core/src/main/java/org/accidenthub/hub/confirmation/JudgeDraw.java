package org.accidenthub.hub.confirmation;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.List;
import java.util.Random;

/**
 * Picks the judge of an application at random among the court's judges (the court "指定一名审判人员",
 * SPC provisions 2011; at random so that no party can steer its case to a judge). Seedable, so a test
 * or an audit can repeat a sequence of draws.
 */
@ApplicationScoped
public class JudgeDraw {

    private final Random random;

    JudgeDraw(ConfirmationConfig config) {
        this.random = config.assignmentSeed().map(Random::new).orElseGet(SecureRandom::new);
    }

    /** One of {@code judges}, which is not empty. */
    public synchronized String among(List<String> judges) {
        return judges.get(random.nextInt(judges.size()));
    }
}
