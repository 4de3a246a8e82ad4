# SPDX-License-Identifier: GPL-3.0-or-later
# Network fixtures inside the namespace: the dead IPv6 address and the black holes.

net_prepare() {
    # The test hosts' addresses, explicitly on lo (127/8 is local anyway). This
    # also matters for getaddrinfo(AI_ADDRCONFIG), which Qt uses: glibc ignores
    # 127.0.0.1 and ::1 when deciding whether IPv4/IPv6 is configured, so a
    # namespace with only those would get no A (or AAAA) answers at all.
    local a
    for a in "$ADDR_EXPIRED" "$ADDR_SELFSIGNED" "$ADDR_WRONGHOST" "$ADDR_PLAIN" "$ADDR_FUTURE" "$ADDR_BLACKHOLE"; do
        nsx ip addr add "$a/32" dev lo
    done
    # fd5d::dead lives on lo so that it is routable; its packets are dropped
    # on input, so a connect to it hangs (Happy Eyeballs tests).
    nsx ip -6 addr add "$ADDR_V6DEAD/128" dev lo nodad
    nsx iptables -A INPUT -d "$ADDR_BLACKHOLE/32" -j DROP -m comment --comment sdoc-blackhole
    nsx ip6tables -A INPUT -d "$ADDR_V6DEAD/128" -j DROP -m comment --comment sdoc-v6dead
}

net_stop() {
    # The rules and the address vanish with the namespace; remove them anyway
    # so that a half-torn-down namespace holds nothing of ours.
    ip netns list 2>/dev/null | grep -qw "$NS" || return 0
    nsx iptables -D INPUT -d "$ADDR_BLACKHOLE/32" -j DROP -m comment --comment sdoc-blackhole 2>/dev/null || true
    nsx ip6tables -D INPUT -d "$ADDR_V6DEAD/128" -j DROP -m comment --comment sdoc-v6dead 2>/dev/null || true
}

net_env() {
    echo "export SDOC_HOST_BLACKHOLE=$HOST_BLACKHOLE"
    echo "export SDOC_HOST_V6DEAD=$HOST_V6DEAD"
    echo "export SDOC_ADDR_BLACKHOLE=$ADDR_BLACKHOLE"
    echo "export SDOC_ADDR_V6DEAD=$ADDR_V6DEAD"
    echo "export SDOC_CLOSED_PORT=$CLOSED_PORT"
}
