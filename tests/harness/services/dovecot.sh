# SPDX-License-Identifier: GPL-3.0-or-later
# Dovecot, auth service only: the SASL backend of Postfix (socket in Postfix's
# queue private/ directory). Users and {PLAIN} passwords in a passwd-file, so
# that PLAIN, LOGIN, CRAM-MD5, SCRAM-SHA-1 and SCRAM-SHA-256 all work.

DOVECOT_DIR=$RUN/dovecot
DOVECOT_FAILURE_DELAY=${DOVECOT_FAILURE_DELAY:-0}

dovecot_prepare() {
    mkdir -p "$DOVECOT_DIR/run" "$DOVECOT_DIR/state"
    render "$HARNESS_ROOT/conf/dovecot.conf.in" "$DOVECOT_DIR/dovecot.conf"
    # user:{PLAIN}password:uid:gid:gecos:home:shell:extra (no ':' in passwords)
    printf '%s:{PLAIN}%s::::::\n' "$USER1" "$PASSWORD1" "$USER2" "$PASSWORD2" > "$DOVECOT_DIR/passwd"
    chgrp dovecot "$DOVECOT_DIR/passwd"
    chmod 0640 "$DOVECOT_DIR/passwd"
}

dovecot_start() {
    nsx dovecot -c "$DOVECOT_DIR/dovecot.conf" </dev/null >>"$RUN/log/dovecot.out" 2>&1 9>&- ||
        fail_with_logs "dovecot did not start" "$RUN/log/dovecot.out" "$RUN/log/dovecot.log"
}

dovecot_ready() {
    wait_until 5000 test -S "$POSTFIX_QUEUE/private/auth" ||
        fail_with_logs "dovecot's auth socket $POSTFIX_QUEUE/private/auth did not appear" \
            "$RUN/log/dovecot.out" "$RUN/log/dovecot.log"
}

dovecot_stop() {
    stop_pidfile "$DOVECOT_DIR/run/master.pid"
}

dovecot_env() {
    echo "export SDOC_USER=$(shq "$USER1")"
    echo "export SDOC_PASSWORD=$(shq "$PASSWORD1")"
    echo "export SDOC_USER2=$(shq "$USER2")"
    echo "export SDOC_PASSWORD2=$(shq "$PASSWORD2")"
}
