package org.accidenthub.connectors.insurer;

/**
 * The messages of the insurer claim-message format 1.x (docs/formats/insurer-claim-messages.md). The
 * hub receives three of them and sends all but none of the inbound-only ones: what an insurer sends is
 * echoed back on its webhook, with the hub's numbering and the claim's state added.
 */
public enum InsurerMessageType {
    /** hub → insurer: a claim addressed to the insurer was opened (or a later revision added covers). */
    CLAIM_NOTIFICATION(false),
    /** insurer → hub (and echoed back): the decision on liability, Insurance Law art. 23. */
    LIABILITY_RESPONSE(true),
    /** insurer → hub (and echoed back): the amount the insurer agrees to pay, from a calculation version. */
    OFFER(true),
    /** insurer → hub (and echoed back): money paid on the claim. */
    PAYMENT_CONFIRMATION(true),
    /** hub → insurer: what the insurer stated about one of the claim's policies (through the claims API). */
    POLICY_VERIFICATION(false),
    /** hub → insurer: a change the hub made by itself (settlement, a breached deadline). */
    CLAIM_STATUS_CHANGE(false);

    private final boolean inbound;

    InsurerMessageType(boolean inbound) {
        this.inbound = inbound;
    }

    /** Whether an insurer may send it to the hub. */
    public boolean inbound() {
        return inbound;
    }
}
