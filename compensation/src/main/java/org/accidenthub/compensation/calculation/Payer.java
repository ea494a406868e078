package org.accidenthub.compensation.calculation;

import java.util.Objects;

/**
 * Who pays (or bears) a line. Usable as a map key: two lines with equal payers are totalled
 * together.
 *
 * @param kind        which kind of payer
 * @param partyRef    the party: for commercial insurers (whose share), self-pay, and the victim's own share
 * @param vehicleRef  the vehicle: for compulsory and commercial insurers
 * @param insurerCode the insurer: for compulsory and commercial insurers
 */
public record Payer(PayerKind kind, String partyRef, String vehicleRef, String insurerCode) {

    public Payer {
        Objects.requireNonNull(kind, "kind");
    }

    public static Payer compulsoryInsurer(String vehicleRef, String insurerCode) {
        return new Payer(PayerKind.COMPULSORY_INSURER, null, vehicleRef, insurerCode);
    }

    public static Payer commercialInsurer(String partyRef, String vehicleRef, String insurerCode) {
        return new Payer(PayerKind.COMMERCIAL_INSURER, partyRef, vehicleRef, insurerCode);
    }

    public static Payer selfPay(String partyRef) {
        return new Payer(PayerKind.SELF_PAY, partyRef, null, null);
    }

    public static Payer victimOwnShare(String victimRef) {
        return new Payer(PayerKind.VICTIM_OWN_SHARE, victimRef, null, null);
    }

    /** "compulsory insurer PICC of vehicle V1" and the like. */
    public String label() {
        return switch (kind) {
            case COMPULSORY_INSURER -> "compulsory insurer " + insurerCode + " of vehicle " + vehicleRef;
            case COMMERCIAL_INSURER -> "commercial third-party insurer " + insurerCode + " of party " + partyRef
                    + " (vehicle " + vehicleRef + ")";
            case SELF_PAY -> "party " + partyRef + " (self-pay)";
            case VICTIM_OWN_SHARE -> "victim " + partyRef + " (own share of fault)";
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
