# SPDX-License-Identifier: GPL-3.0-or-later
# dnsmasq on 127.0.0.1:53 inside the namespace, authoritative for sdoc.test.
# /etc/netns/sdoc-test/resolv.conf (written by ns_create) points here, so the
# glibc resolver (and Qt's QHostInfo) of every process in the namespace uses it.

dns_prepare() {
    mkdir -p "$RUN/dns"
    render "$HARNESS_ROOT/conf/dnsmasq.conf.in" "$RUN/dns/dnsmasq.conf"
}

dns_start() {
    nsx dnsmasq --conf-file="$RUN/dns/dnsmasq.conf" </dev/null >>"$RUN/log/dnsmasq.out" 2>&1 9>&- ||
        fail_with_logs "dnsmasq did not start" "$RUN/log/dnsmasq.out" "$RUN/log/dnsmasq.log"
}

dns_resolves() { # through glibc, as the tests will
    [ "$(nsx getent ahostsv4 "$HOST_MAIN" | awk 'NR==1 {print $1}')" = "$ADDR_MAIN4" ]
}

dns_ready() {
    wait_until 5000 dns_resolves ||
        fail_with_logs "dnsmasq does not answer for $HOST_MAIN" "$RUN/log/dnsmasq.out" "$RUN/log/dnsmasq.log"
}

dns_stop() {
    stop_pidfile "$RUN/dns/dnsmasq.pid"
}

dns_env() {
    echo "export SDOC_DNS_SERVER=$ADDR_DNS"
    echo "export SDOC_DOMAIN=$DOMAIN"
    echo "export SDOC_HOST=$HOST_MAIN"
    echo "export SDOC_HOST_EXPIRED=$HOST_EXPIRED"
    echo "export SDOC_HOST_FUTURE=$HOST_FUTURE"
    echo "export SDOC_HOST_SELFSIGNED=$HOST_SELFSIGNED"
    echo "export SDOC_HOST_WRONGHOST=$HOST_WRONGHOST"
    echo "export SDOC_HOST_PLAIN=$HOST_PLAIN"
    echo "export SDOC_HOST_NXDOMAIN=$HOST_NXDOMAIN"
    echo "export SDOC_HOST_NODATA=$HOST_NODATA"
}
