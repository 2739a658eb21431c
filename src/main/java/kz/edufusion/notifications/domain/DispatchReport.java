package kz.edufusion.notifications.domain;

/** What one dispatch did: messages accepted by SMTP, and messages whose attempt failed. */
record DispatchReport(int sent, int failed) {

    static final DispatchReport NOTHING = new DispatchReport(0, 0);

    int handled() {
        return sent + failed;
    }

    DispatchReport plus(DispatchReport other) {
        return new DispatchReport(sent + other.sent, failed + other.failed);
    }
}
