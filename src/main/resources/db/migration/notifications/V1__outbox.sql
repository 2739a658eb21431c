-- The e-mail outbox. A row is written in the same transaction as the business change that causes
-- it, so a rolled-back action never mails anyone; the dispatcher delivers rows later (or an
-- administrator reads them on the outbox page when the platform has no SMTP server).
CREATE TABLE outbox_message (
    id              UUID          NOT NULL PRIMARY KEY,
    recipient       VARCHAR(320)  NOT NULL,                 -- 64 local part + @ + 255 domain
    subject         VARCHAR(998)  NOT NULL,                 -- RFC 5322 line length limit
    body            TEXT          NOT NULL,
    status          VARCHAR(16)   NOT NULL DEFAULT 'QUEUED',
    attempts        INT           NOT NULL DEFAULT 0,
    last_error      TEXT,
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    next_attempt_at TIMESTAMPTZ   NOT NULL DEFAULT now(),
    sent_at         TIMESTAMPTZ,
    CONSTRAINT outbox_message_status_ck CHECK (status IN ('QUEUED', 'SENT', 'FAILED', 'HELD')),
    CONSTRAINT outbox_message_attempts_ck CHECK (attempts >= 0),
    CONSTRAINT outbox_message_sent_ck CHECK (status <> 'SENT' OR sent_at IS NOT NULL)
);

-- The dispatcher asks for QUEUED rows that are due, oldest first; the admin home counts by status.
CREATE INDEX outbox_message_dispatch_ix ON outbox_message (status, next_attempt_at);

-- The admin page lists newest first.
CREATE INDEX outbox_message_created_ix ON outbox_message (created_at DESC);

-- The admin page looks up one person's mail (typically to read a password-reset link) by full
-- address, case-insensitively; partial input falls back to a filtered scan of the created_at order.
CREATE INDEX outbox_message_recipient_ix ON outbox_message (lower(recipient), created_at DESC);
