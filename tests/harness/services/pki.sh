# SPDX-License-Identifier: GPL-3.0-or-later
# Test PKI, made fresh by every "up" (never committed): a root CA and the
# server certificates of the TLS test hosts. ECDSA P-256 keys (fast).
#
#   $PKI/ca.crt                     the test CA (SDOC_CA_FILE)
#   $PKI/NAME.key, $PKI/NAME.crt    leaf key and certificate (leaf only, no chain)
#     mail        CA-signed, SANs mail/v6dead.sdoc.test, localhost, 127.0.0.1, ::1
#     expired     CA-signed, expired.sdoc.test, validity entirely in the past
#     future      CA-signed, future.sdoc.test, validity entirely in the future
#     selfsigned  self-signed, selfsigned.sdoc.test
#     wronghost   CA-signed, but for other.example.net (served as wronghost.sdoc.test)

PKI=$RUN/pki

pki_date() { date -u -d "$1" +%Y%m%d%H%M%SZ; }

# pki_leaf NAME SAN [STARTDATE ENDDATE]: key + CA-signed certificate
pki_leaf() {
    local name=$1 san=$2 cn=${2%%,*}
    cn=${cn#DNS:}
    local dates=(-days 825)
    [ $# -ge 4 ] && dates=(-startdate "$3" -enddate "$4")
    openssl req -new -config "$PKI/openssl.cnf" -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
        -keyout "$PKI/$name.key" -out "$PKI/$name.csr" -subj "/CN=$cn" 2>>"$PKI/openssl.log"
    SAN=$san openssl ca -batch -config "$PKI/openssl.cnf" -name sdoc_ca -extensions leaf -notext \
        -in "$PKI/$name.csr" -out "$PKI/$name.crt" -subj "/O=SMTP Doctor tests/CN=$cn" "${dates[@]}" \
        2>>"$PKI/openssl.log" >&2
}

pki_prepare() {
    mkdir -p "$PKI/db/new"
    : > "$PKI/db/index.txt"
    cat > "$PKI/openssl.cnf" <<CNF
SAN = DNS:invalid
[ req ]
distinguished_name = req_dn
prompt = no
[ req_dn ]
CN = unused
[ sdoc_ca ]
dir = $PKI/db
database = \$dir/index.txt
new_certs_dir = \$dir/new
certificate = $PKI/ca.crt
private_key = $PKI/ca.key
default_md = sha256
policy = policy_any
unique_subject = no
rand_serial = yes
copy_extensions = none
[ policy_any ]
organizationName = optional
commonName = supplied
[ v3_ca ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ leaf ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = \${ENV::SAN}
CNF
    (
        set -e
        cd "$PKI"
        openssl req -x509 -config openssl.cnf -extensions v3_ca -newkey ec -pkeyopt ec_paramgen_curve:P-256 \
            -nodes -keyout ca.key -out ca.crt -days 3650 -subj "/O=SMTP Doctor tests/CN=SMTP Doctor Test CA" \
            2>>openssl.log
        pki_leaf mail "DNS:$HOST_MAIN,DNS:$HOST_V6DEAD,DNS:localhost,IP:127.0.0.1,IP:::1"
        pki_leaf expired "DNS:$HOST_EXPIRED" "$(pki_date '-2 years')" "$(pki_date '-1 year')"
        pki_leaf future "DNS:$HOST_FUTURE" "$(pki_date '+1 year')" "$(pki_date '+2 years')"
        pki_leaf wronghost "DNS:other.example.net"
        SAN="DNS:$HOST_SELFSIGNED" openssl req -x509 -config openssl.cnf -extensions leaf \
            -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout selfsigned.key -out selfsigned.crt \
            -days 825 -subj "/O=SMTP Doctor tests/CN=$HOST_SELFSIGNED" 2>>openssl.log
        openssl x509 -in selfsigned.crt -outform DER | sha256sum | cut -d' ' -f1 > selfsigned.sha256
        rm -f ./*.csr
        chmod 0644 ./*.crt
        chmod 0600 ./*.key
    ) || fail_with_logs "making the test PKI failed" "$PKI/openssl.log"
}

pki_env() {
    echo "export SDOC_CA_FILE=$(shq "$PKI/ca.crt")"
    echo "export SDOC_SELFSIGNED_SHA256=$(cat "$PKI/selfsigned.sha256")"
}
