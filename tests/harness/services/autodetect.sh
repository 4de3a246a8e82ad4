# SPDX-License-Identifier: GPL-3.0-or-later
# Autodetection fixtures (tests/integration/tst_detect.cpp, tst_check_cli.cpp): every
# source the detector asks, answered for real inside the namespace. Test domains:
#
#   gmail.com            bundled database -> smtp.gmail.com:465, which resolves to a harness
#                        listener (certificate for smtp.gmail.com from the test CA). Nothing
#                        else of gmail.com exists: autoconfig.gmail.com and the SRV names are
#                        NXDOMAIN, gmail.com itself has neither address nor MX (NODATA).
#   googlemail.com       the same bundled provider; autoconfig.googlemail.com and
#                        googlemail.com (well-known) resolve to the black hole (127.0.0.66)
#   ac.sdoc.test         https://autoconfig.ac.sdoc.test/mail/config-v1.1.xml only:
#                        smtp.ac.sdoc.test 465 SSL and 587 STARTTLS, %EMAILADDRESS%
#   wk.sdoc.test         https://wk.sdoc.test/.well-known/autoconfig/mail/config-v1.1.xml only:
#                        smtp.wk.sdoc.test 587 STARTTLS, %EMAILLOCALPART%
#   isp.sdoc.test        only the ISPDB mirror https://ispdb.sdoc.test/v1.1/isp.sdoc.test
#                        knows it: smtp.isp.sdoc.test 465 (other domains there: 404)
#   srv.sdoc.test        SRV only: _submissions._tcp -> mail.sdoc.test:465,
#                        _submission._tcp -> mail.sdoc.test:587
#   dot.sdoc.test        both SRV records with target "." (service decidedly not offered)
#   srvout.sdoc.test     _submissions._tcp -> smtp.sdoc-other.test:465 (another domain)
#   empty.sdoc.test      exists (TXT), and so do its _submission(s)._tcp names: SRV and MX
#                        queries get NOERROR/NODATA (none.sdoc.test gets NXDOMAIN)
#   mxonly.sdoc.test     MX aspmx.l.google.com only (-> bundled Google -> smtp.gmail.com)
#   guess.sdoc.test      nothing but smtp.guess.sdoc.test (465 + 587, matching certificate)
#   none.sdoc.test       nothing at all
#   deadac.sdoc.test     autoconfig black-holed; SRV -> mail.sdoc.test (own domain, trusted)
#   slow.sdoc.test       autoconfig black-holed; SRV -> smtp.sdoc-other.test (not trusted)
#   bücher.sdoc.test     (xn--bcher-kva) autoconfig -> smtp.xn--bcher-kva.sdoc.test:465
#   hostile autoconfig (https://autoconfig.NAME.sdoc.test/mail/config-v1.1.xml), each with a
#   usable server inside, so that only the rejection keeps it out:
#     big        10 MiB document (generated at "up" into the run dir; Content-Length)
#     gzbomb     the same, gzip-compressed on the fly (chunked, ~10 KB on the wire)
#     broken     not well-formed after a complete first server
#     laughs     entity expansion ("billion laughs") DOCTYPE
#     downgrade  301 to http://autoconfig.downgrade.sdoc.test/... (served there over HTTP)
#     wrongdom   a valid config whose <domain> is sdoc-other.test
#     redir      302 to https://autoconfig.sdoc-other.test/redir/config-v1.1.xml: another
#                registrable domain; its server is smtp.sdoc-other.test (found, flagged)
#   ispdb-dead.sdoc.test  black-holed, for an ISPDB base that never answers
#
# Addresses (on lo): 127.0.2.1 nginx (443 + 80, one certificate with all web names);
# Postfix listeners, each with its own certificate from the test CA:
#   127.0.2.10 smtp.gmail.com 465            127.0.2.11 smtp.ac.sdoc.test 465 + 587
#   127.0.2.12 smtp.wk.sdoc.test 587         127.0.2.13 smtp.isp.sdoc.test 465
#   127.0.2.14 smtp.guess.sdoc.test 465+587  127.0.2.15 smtp.xn--bcher-kva.sdoc.test 465
#   127.0.2.16 smtp.sdoc-other.test 465
# Dovecot user carol@ac.sdoc.test (SDOC_AD_USER / SDOC_AD_PASSWORD) for `check`.
# dnsmasq is also made authoritative for gmail.com, googlemail.com and sdoc-other.test.
#
# Adds to what the core services made, before they start: addresses, certificates (made in
# parallel, see ad_leaf), dnsmasq records, master.cf listeners and the Dovecot user; then runs
# its own nginx.

AD_DIR=$RUN/autodetect
AD_WWW=$AD_DIR/www
AD_SRC=$HARNESS_ROOT/conf/autodetect
AD_OTHER_DOMAIN=sdoc-other.test
ADDR_AD_WEB=127.0.2.1
AD_BIG_BYTES=$((10 * 1024 * 1024))
AD_USER=carol@ac.$DOMAIN
AD_PASSWORD='carol-ac-42'

# Mail listeners: certificate name, host, address, ports (465 = implicit TLS, 587 = STARTTLS).
AD_LISTENERS=(
    "ad-gmail smtp.gmail.com 127.0.2.10 465"
    "ad-ac smtp.ac.$DOMAIN 127.0.2.11 465,587"
    "ad-wk smtp.wk.$DOMAIN 127.0.2.12 587"
    "ad-isp smtp.isp.$DOMAIN 127.0.2.13 465"
    "ad-guess smtp.guess.$DOMAIN 127.0.2.14 465,587"
    "ad-idn smtp.xn--bcher-kva.$DOMAIN 127.0.2.15 465"
    "ad-other smtp.$AD_OTHER_DOMAIN 127.0.2.16 465"
)
# Names nginx answers for (all on ADDR_AD_WEB, all in its certificate).
AD_WEB_NAMES=(
    "autoconfig.ac.$DOMAIN" "wk.$DOMAIN" "ispdb.$DOMAIN" "autoconfig.xn--bcher-kva.$DOMAIN"
    "autoconfig.big.$DOMAIN" "autoconfig.gzbomb.$DOMAIN" "autoconfig.broken.$DOMAIN"
    "autoconfig.laughs.$DOMAIN" "autoconfig.downgrade.$DOMAIN" "autoconfig.wrongdom.$DOMAIN"
    "autoconfig.redir.$DOMAIN" "autoconfig.$AD_OTHER_DOMAIN"
)
# Names that resolve to the black hole (net.sh: iptables DROP on ADDR_BLACKHOLE).
AD_DEAD_NAMES=(
    autoconfig.googlemail.com googlemail.com "ispdb-dead.$DOMAIN"
    "autoconfig.deadac.$DOMAIN" "autoconfig.slow.$DOMAIN"
)

# ad_leaf NAME SAN: key + certificate signed by the test CA, pki.sh's "leaf" profile. One
# "openssl req -x509 -CA" each and no CA database (unlike pki_leaf), so all run at once:
# eight take ~0.1 s instead of ~0.6 s one after the other.
ad_leaf() {
    local name=$1 san=$2 cn=${2%%,*}
    cn=${cn#DNS:}
    SAN=$san openssl req -x509 -config "$PKI/openssl.cnf" -extensions leaf -CA "$PKI/ca.crt" -CAkey "$PKI/ca.key" \
        -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$PKI/$name.key" -out "$PKI/$name.crt" \
        -subj "/O=SMTP Doctor tests/CN=$cn" -days 825 -set_serial "$SRANDOM$SRANDOM" >"$PKI/$name.log" 2>&1 &&
        rm -f "$PKI/$name.log" && chmod 0644 "$PKI/$name.crt" && chmod 0600 "$PKI/$name.key"
}

autodetect_prepare() {
    mkdir -p "$AD_DIR/tmp"
    cp -r "$AD_SRC/www" "$AD_WWW"
    local entry name host addr ports port pids=() san='' addrs="address add $ADDR_AD_WEB/32 dev lo"$'\n'
    for entry in "${AD_LISTENERS[@]}"; do
        read -r name host addr ports <<< "$entry"
        addrs+="address add $addr/32 dev lo"$'\n'
        ad_leaf "$name" "DNS:$host" &
        pids+=($!)
    done
    printf %s "$addrs" | nsx ip -batch -
    for name in "${AD_WEB_NAMES[@]}"; do san+=${san:+,}DNS:$name; done
    ad_leaf ad-web "$san" &
    pids+=($!)

    # The 10 MiB document: a usable config, padded inside a comment.
    mkdir -p "$AD_WWW/autoconfig.big.$DOMAIN/mail"
    {
        printf '<?xml version="1.0" encoding="UTF-8"?>\n<clientConfig version="1.1">\n<!-- '
        head -c "$AD_BIG_BYTES" /dev/zero | tr '\0' 'x'
        printf ' -->\n<emailProvider id="big.%s"><domain>big.%s</domain>' "$DOMAIN" "$DOMAIN"
        printf '<outgoingServer type="smtp"><hostname>smtp.ac.%s</hostname><port>465</port>' "$DOMAIN"
        printf '<socketType>SSL</socketType><username>%%EMAILADDRESS%%</username>'
        printf '<authentication>password-cleartext</authentication></outgoingServer></emailProvider>\n</clientConfig>\n'
    } > "$AD_WWW/autoconfig.big.$DOMAIN/mail/config-v1.1.xml"
    chmod -R a+rX "$AD_WWW"

    render "$AD_SRC/nginx.conf.in" "$AD_DIR/nginx.conf"

    # DNS: appended to the rendered dnsmasq.conf (dns.sh), before dnsmasq starts.
    {
        echo "#"
        echo "# Autodetection fixtures (services/autodetect.sh)"
        echo "local=/gmail.com/"
        echo "local=/googlemail.com/"
        echo "local=/$AD_OTHER_DOMAIN/"
        for entry in "${AD_LISTENERS[@]}"; do
            read -r name host addr ports <<< "$entry"
            echo "host-record=$host,$addr"
        done
        printf 'host-record=%s,%s\n' "$(IFS=,; echo "${AD_WEB_NAMES[*]}")" "$ADDR_AD_WEB"
        printf 'host-record=%s,%s\n' "$(IFS=,; echo "${AD_DEAD_NAMES[*]}")" "$ADDR_BLACKHOLE"
        echo "srv-host=_submissions._tcp.srv.$DOMAIN,$HOST_MAIN,465,0,1"
        echo "srv-host=_submission._tcp.srv.$DOMAIN,$HOST_MAIN,587,0,1"
        echo "srv-host=_submissions._tcp.deadac.$DOMAIN,$HOST_MAIN,465,0,1"
        echo "srv-host=_submissions._tcp.slow.$DOMAIN,smtp.$AD_OTHER_DOMAIN,465,0,1"
        echo "srv-host=_submissions._tcp.srvout.$DOMAIN,smtp.$AD_OTHER_DOMAIN,465,0,1"
        # No target: the root ".", "service decidedly not available" (RFC 2782).
        echo "srv-host=_submissions._tcp.dot.$DOMAIN,.,0"
        echo "srv-host=_submission._tcp.dot.$DOMAIN,.,0"
        echo "txt-record=empty.$DOMAIN,\"exists without MX\""
        echo "txt-record=_submissions._tcp.empty.$DOMAIN,\"exists without SRV\""
        echo "txt-record=_submission._tcp.empty.$DOMAIN,\"exists without SRV\""
        echo "mx-host=mxonly.$DOMAIN,aspmx.l.google.com,10"
    } >> "$RUN/dns/dnsmasq.conf"

    # Postfix listeners, appended to the rendered master.cf (postfix.sh).
    {
        echo "#"
        echo "# Autodetection fixtures (services/autodetect.sh): one address and certificate per name"
        for entry in "${AD_LISTENERS[@]}"; do
            read -r name host addr ports <<< "$entry"
            for port in ${ports//,/ }; do
                echo "$addr:$port inet  n       -      n      -      -       smtpd"
                echo "  -o syslog_name=postfix/$name-$port"
                [ "$port" = 465 ] && echo "  -o smtpd_tls_wrappermode=yes"
                echo "  -o smtpd_tls_chain_files=$PKI/$name.key,$PKI/$name.crt"
            done
        done
    } >> "$POSTFIX_CONF/master.cf"

    # A user whose login is an address of a detected domain (dovecot.sh's passwd-file).
    printf '%s:{PLAIN}%s::::::\n' "$AD_USER" "$AD_PASSWORD" >> "$DOVECOT_DIR/passwd"

    local p rc=0
    for p in "${pids[@]}"; do wait "$p" || rc=1; done
    [ "$rc" = 0 ] || fail_with_logs "making the autodetection certificates failed" "$PKI"/ad-*.log
}

autodetect_start() {
    nsx nginx -c "$AD_DIR/nginx.conf" -p "$AD_DIR" </dev/null >>"$RUN/log/autodetect-nginx.out" 2>&1 9>&- ||
        fail_with_logs "nginx (autodetect) did not start" "$RUN/log/autodetect-nginx.out" "$RUN/log/autodetect-nginx.log"
}

# HTTPS GET through the namespace's DNS, with the test CA and host name verification.
autodetect_https_ok() { # HOST PATH
    local out
    out=$(printf 'GET %s HTTP/1.0\r\nHost: %s\r\n\r\n' "$2" "$1" |
        nsx timeout 3 openssl s_client -quiet -connect "$1:443" -servername "$1" -verify_hostname "$1" \
            -verify_return_error -CAfile "$PKI/ca.crt" 2>/dev/null | head -c 200)
    [[ $out == "HTTP/1.1 200"* ]]
}

autodetect_dns_ok() {
    [ "$(nsx getent ahostsv4 smtp.gmail.com | awk 'NR==1 {print $1}')" = 127.0.2.10 ]
}

# Every listener accepts TCP connections (one process for all of them).
autodetect_listeners_accept() {
    local entry name host addr ports port endpoints=()
    for entry in "${AD_LISTENERS[@]}"; do
        read -r name host addr ports <<< "$entry"
        for port in ${ports//,/ }; do endpoints+=("$addr:$port"); done
    done
    # shellcheck disable=SC2016 # expanded by the inner bash
    nsx bash -c 'for a; do exec 3<>"/dev/tcp/${a%:*}/${a##*:}" || exit 1; exec 3>&- 3<&-; done' accept "${endpoints[@]}"
}

# Postfix's master binds every listener at start (postfix_ready has waited for it), and all
# listeners are rendered by the same loop: one accept check for each, and a real TLS handshake
# on one implicit-TLS and one STARTTLS listener only (nine openssl handshakes cost 0.3-0.5 s).
autodetect_ready() {
    local probe_pid
    nsx bash "$HARNESS_ROOT/lib/probe.sh" 5000 "tls 127.0.2.10 465" "starttls 127.0.2.11 587" \
        2>>"$RUN/log/probe.log" &
    probe_pid=$!
    wait_until 5000 autodetect_listeners_accept ||
        fail_with_logs "the autodetection Postfix listeners do not accept connections" "$RUN/log/postfix.log"
    wait_until 5000 autodetect_dns_ok ||
        fail_with_logs "dnsmasq does not answer for smtp.gmail.com" "$RUN/log/dnsmasq.log"
    wait_until 5000 autodetect_https_ok "autoconfig.ac.$DOMAIN" /mail/config-v1.1.xml ||
        fail_with_logs "nginx (autodetect) does not serve https://autoconfig.ac.$DOMAIN/" \
            "$RUN/log/autodetect-nginx.out" "$RUN/log/autodetect-nginx.log"
    wait "$probe_pid" ||
        fail_with_logs "the autodetection Postfix listeners do not speak TLS" "$RUN/log/probe.log" "$RUN/log/postfix.log"
}

autodetect_stop() {
    stop_pidfile "$AD_DIR/nginx.pid"
}

autodetect_env() {
    echo "export SDOC_AD_ISPDB_URL=https://ispdb.$DOMAIN/v1.1/"
    echo "export SDOC_AD_ISPDB_DEAD_URL=https://ispdb-dead.$DOMAIN/v1.1/"
    echo "export SDOC_AD_USER=$(shq "$AD_USER")"
    echo "export SDOC_AD_PASSWORD=$(shq "$AD_PASSWORD")"
    echo "export SDOC_AD_BIG_BYTES=$AD_BIG_BYTES"
    echo "export SDOC_AD_OTHER_DOMAIN=$AD_OTHER_DOMAIN"
}
