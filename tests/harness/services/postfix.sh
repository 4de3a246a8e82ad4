# SPDX-License-Identifier: GPL-3.0-or-later
# A private Postfix instance (postfix -c $POSTFIX_CONF): listeners on explicit
# addresses (see conf/postfix-master.cf.in), SASL through Dovecot, virtual
# mailbox delivery to Maildirs for the sdoc.test users, discard for the rest.

POSTFIX_CONF=$RUN/postfix/etc
POSTFIX_QUEUE=$RUN/postfix/spool
POSTFIX_DATA=$RUN/postfix/data
MAILDIRS=$RUN/maildirs

postfix_prepare() {
    mkdir -p "$POSTFIX_CONF"
    render "$HARNESS_ROOT/conf/postfix-main.cf.in" "$POSTFIX_CONF/main.cf"
    render "$HARNESS_ROOT/conf/postfix-master.cf.in" "$POSTFIX_CONF/master.cf"
    local u users=("$USER1" "$USER2")
    : > "$POSTFIX_CONF/vmailbox"
    : > "$POSTFIX_CONF/senders"
    for u in "${users[@]}"; do
        # Maildir per local part: $MAILDIRS/alice/{new,cur,tmp}
        printf '%s\t%s/\n' "$u" "${u%@*}" >> "$POSTFIX_CONF/vmailbox"
        # Each user may send only as themselves (reject_sender_login_mismatch).
        printf '%s\t%s\n' "$u" "$u" >> "$POSTFIX_CONF/senders"
        mkdir -p "$MAILDIRS/${u%@*}/new" "$MAILDIRS/${u%@*}/cur" "$MAILDIRS/${u%@*}/tmp"
    done
    chown -R "$MAIL_UID:$MAIL_GID" "$MAILDIRS"
    postfix_make_queue
}

# Creates the queue and data directories as the package's postfix-files lists
# them, and marks the queue "quick-start": "postfix start" then skips its
# integrity checks (post-install create-missing, postsuper, find over the
# tree), which take about 2 s of the 2-core budget. Also, Dovecot puts its
# auth socket into private/ before Postfix starts.
postfix_make_queue() {
    local path type owner group mode rest
    while IFS=: read -r path type owner group mode rest; do
        [ "$type" = d ] || continue
        case $path in
            '$queue_directory'*) path=$POSTFIX_QUEUE${path#'$queue_directory'} ;;
            '$data_directory'*) path=$POSTFIX_DATA${path#'$data_directory'} ;;
            *) continue ;;
        esac
        owner=${owner/'$mail_owner'/postfix}
        group=${group/'$setgid_group'/postdrop}
        [ "$group" != - ] || group=
        mkdir -p "$path"
        chown "$owner${group:+:$group}" "$path"
        chmod "$mode" "$path"
    done < /etc/postfix/postfix-files
    [ -d "$POSTFIX_QUEUE/private" ] || die "/etc/postfix/postfix-files lists no queue directories"
    touch "$POSTFIX_QUEUE/quick-start"
}

postfix_start() {
    # Postfix re-reads a configuration or table file that changed in the last
    # second until it is a second old (in 300 ms steps): 1.5 s per start and
    # per new smtpd. The files are complete now (other services may have added
    # listeners in their prepare step), so date them back.
    touch -d '-1 minute' "$POSTFIX_CONF"/*
    nsx postfix -c "$POSTFIX_CONF" start </dev/null >>"$RUN/log/postfix.out" 2>&1 9>&- ||
        fail_with_logs "postfix did not start" "$RUN/log/postfix.out" "$RUN/log/postfix.log"
}

postfix_ready() {
    local checks=() a
    for a in "$ADDR_MAIN4" "$ADDR_MAIN6"; do
        checks+=("greeting $a 25" "greeting $a 587" "tls $a 465")
    done
    for a in "$ADDR_EXPIRED" "$ADDR_SELFSIGNED" "$ADDR_WRONGHOST" "$ADDR_FUTURE"; do
        checks+=("starttls $a 587" "tls $a 465")
    done
    checks+=("greeting $ADDR_PLAIN 587" "closed $ADDR_MAIN4 $CLOSED_PORT")
    # End to end: verified STARTTLS to mail.sdoc.test, then AUTH PLAIN with the
    # non-ASCII password (Postfix -> Dovecot -> passwd-file).
    checks+=("auth $ADDR_MAIN4 587 $HOST_MAIN $PKI/ca.crt $USER1 $(printf %s "$PASSWORD1" | base64 -w0)")
    if ! nsx bash "$HARNESS_ROOT/lib/probe.sh" 5000 "${checks[@]}" 2>>"$RUN/log/probe.log"; then
        # Postfix's own complaints, once each (the full log is mostly retries).
        grep -E 'warning:|error:|fatal:|panic:' "$RUN/log/postfix.log" 2>/dev/null |
            cut -d' ' -f5- | sed 's/\[[0-9]*\]//' | awk '!seen[$0]++' > "$RUN/log/postfix.problems"
        fail_with_logs "postfix listeners are not all ready" "$RUN/log/probe.log" \
            "$RUN/log/postfix.out" "$RUN/log/postfix.problems" "$RUN/log/dovecot.log"
    fi
}

postfix_stop() {
    stop_pidfile "$POSTFIX_QUEUE/pid/master.pid"
}

postfix_env() {
    echo "export SDOC_MAILDIR=$(shq "$MAILDIRS")"
    echo "export SDOC_POSTFIX_LOG=$(shq "$RUN/log/postfix.log")"
    echo "export SDOC_PORT_SMTP=25"
    echo "export SDOC_PORT_SUBMISSION=587"
    echo "export SDOC_PORT_SUBMISSIONS=465"
}
