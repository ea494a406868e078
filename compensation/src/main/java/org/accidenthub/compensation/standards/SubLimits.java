package org.accidenthub.compensation.standards;

import java.math.BigDecimal;
import java.util.Objects;
import org.accidenthub.compensation.Bucket;

/**
 * One set of compulsory-insurance sub-limits per accident, in CNY.
 *
 * @param deathDisability death and disability sub-limit (死亡伤残赔偿限额)
 * @param medical         medical sub-limit (医疗费用赔偿限额)
 * @param property        property sub-limit (财产损失赔偿限额)
 */
public record SubLimits(BigDecimal deathDisability, BigDecimal medical, BigDecimal property) {

    public SubLimits {
        Objects.requireNonNull(deathDisability, "deathDisability");
        Objects.requireNonNull(medical, "medical");
        Objects.requireNonNull(property, "property");
    }

    /** The sub-limit that covers a bucket. */
    public BigDecimal of(Bucket bucket) {
        return switch (bucket) {
            case MEDICAL -> medical;
            case DEATH_DISABILITY -> deathDisability;
            case PROPERTY -> property;
        };
    }
}
