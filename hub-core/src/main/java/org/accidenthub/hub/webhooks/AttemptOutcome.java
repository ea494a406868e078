package org.accidenthub.hub.webhooks;

/** What one attempt came to: an HTTP status (2xx = delivered), or no answer with the reason. */
record AttemptOutcome(Integer status, String error) {

    static AttemptOutcome answered(int status) {
        return new AttemptOutcome(status, status / 100 == 2 ? null : "HTTP " + status);
    }

    static AttemptOutcome failed(String error) {
        return new AttemptOutcome(null, error.length() > 500 ? error.substring(0, 500) : error);
    }

    boolean delivered() {
        return status != null && status / 100 == 2;
    }
}
