# SPDX-License-Identifier: GPL-3.0-or-later
# odd.sdoc.test: one host whose standard mail ports are all deliberately wrong,
# for the port doctor (smtp-doctor-cli ports, tests/integration/tst_ports.cpp):
#
#   465   Postfix in plain text with STARTTLS (no wrapper mode): the classic
#         "implicit TLS expected, plain text served" mistake. Certificate for
#         odd.sdoc.test, signed by the test CA.
#   587   nginx: a web server where a mail server belongs (answers HTTP).
#   25    black-holed (iptables DROP on this address and port): connect timeout.
#   2525  Postfix without STARTTLS, AUTH offered in the clear, greeting as
#         smtp-proxy.isp.example.net: an ISP proxy that strips STARTTLS.
#   2465  Postfix with implicit TLS on a port a mail program would start in
#         plain text (tests the "this port wants TLS" follow-up probe).
#
# Adds to what other services made, before they start: its address on lo and the
# DROP rule, a leaf certificate from the test CA (pki.sh), a host-record in the
# rendered dnsmasq.conf (dns.sh) and two listeners in the rendered master.cf
# (postfix.sh). Must therefore come after net, pki, dns and postfix in SERVICES.

ADDR_ODD=127.0.0.70
HOST_ODD=odd.$DOMAIN
ODD_PROXY_NAME=smtp-proxy.isp.example.net
ODD_IMPLICIT_PORT=2465
ODD_DIR=$RUN/odd

odd_prepare() {
    mkdir -p "$ODD_DIR/tmp"
    nsx ip addr add "$ADDR_ODD/32" dev lo
    nsx iptables -A INPUT -d "$ADDR_ODD/32" -p tcp --dport 25 -j DROP -m comment --comment sdoc-odd-25

    (cd "$PKI" && pki_leaf odd "DNS:$HOST_ODD") || fail_with_logs "making the odd.sdoc.test certificate failed" "$PKI/openssl.log"
    rm -f "$PKI/odd.csr"
    chmod 0644 "$PKI/odd.crt"
    chmod 0600 "$PKI/odd.key"

    echo "host-record=$HOST_ODD,$ADDR_ODD" >> "$RUN/dns/dnsmasq.conf"

    cat >> "$POSTFIX_CONF/master.cf" <<EOF
#
# odd.sdoc.test (services/odd.sh): STARTTLS on 465, no STARTTLS on 2525,
# implicit TLS on $ODD_IMPLICIT_PORT
$ADDR_ODD:465          inet  n       -      n      -      -       smtpd
  -o syslog_name=postfix/odd-465
  -o smtpd_tls_chain_files=$PKI/odd.key,$PKI/odd.crt
$ADDR_ODD:$ODD_IMPLICIT_PORT         inet  n       -      n      -      -       smtpd
  -o syslog_name=postfix/odd-$ODD_IMPLICIT_PORT
  -o smtpd_tls_wrappermode=yes
  -o smtpd_tls_chain_files=$PKI/odd.key,$PKI/odd.crt
$ADDR_ODD:2525         inet  n       -      n      -      -       smtpd
  -o syslog_name=postfix/odd-2525
  -o myhostname=$ODD_PROXY_NAME
  -o smtpd_tls_security_level=none
  -o smtpd_tls_auth_only=no
EOF

    # Only paths under the run dir: nothing of the system's nginx is used.
    cat > "$ODD_DIR/nginx.conf" <<EOF
# nginx for odd.sdoc.test port 587 (rendered by services/odd.sh)
daemon on;
worker_processes 1;
pid $ODD_DIR/nginx.pid;
error_log $RUN/log/nginx.log;
events { worker_connections 64; }
http {
    access_log $RUN/log/nginx-access.log;
    client_body_temp_path $ODD_DIR/tmp/body;
    proxy_temp_path $ODD_DIR/tmp/proxy;
    fastcgi_temp_path $ODD_DIR/tmp/fastcgi;
    uwsgi_temp_path $ODD_DIR/tmp/uwsgi;
    scgi_temp_path $ODD_DIR/tmp/scgi;
    server {
        listen $ADDR_ODD:587;
        server_name $HOST_ODD;
        default_type text/plain;
        location / { return 200 "A web server on a mail port (SMTP Doctor test harness)\n"; }
    }
}
EOF
}

odd_start() {
    nsx nginx -c "$ODD_DIR/nginx.conf" -p "$ODD_DIR" </dev/null >>"$RUN/log/nginx.out" 2>&1 9>&- ||
        fail_with_logs "nginx did not start" "$RUN/log/nginx.out" "$RUN/log/nginx.log"
}

odd_http_answers() { # inside the namespace
    nsx bash -c 'exec 3<>"/dev/tcp/$1/587" || exit 1
        printf "HEAD / HTTP/1.0\r\n\r\n" >&3
        read -r -t 2 line <&3
        [[ $line == HTTP/* ]]' odd-http "$ADDR_ODD"
}

odd_ready() {
    wait_until 5000 odd_http_answers ||
        fail_with_logs "nginx does not answer on $ADDR_ODD:587" "$RUN/log/nginx.out" "$RUN/log/nginx.log"
    nsx bash "$HARNESS_ROOT/lib/probe.sh" 5000 "starttls $ADDR_ODD 465" "greeting $ADDR_ODD 2525" \
        "tls $ADDR_ODD $ODD_IMPLICIT_PORT" \
        2>>"$RUN/log/probe.log" ||
        fail_with_logs "the odd.sdoc.test Postfix listeners are not ready" "$RUN/log/probe.log" "$RUN/log/postfix.log"
}

odd_stop() {
    stop_pidfile "$ODD_DIR/nginx.pid"
    ip netns list 2>/dev/null | grep -qw "$NS" || return 0
    nsx iptables -D INPUT -d "$ADDR_ODD/32" -p tcp --dport 25 -j DROP -m comment --comment sdoc-odd-25 2>/dev/null || true
}

odd_env() {
    echo "export SDOC_HOST_ODD=$HOST_ODD"
    echo "export SDOC_ADDR_ODD=$ADDR_ODD"
    echo "export SDOC_ODD_PROXY_NAME=$ODD_PROXY_NAME"
    echo "export SDOC_ODD_IMPLICIT_PORT=$ODD_IMPLICIT_PORT"
}
