// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace SmtpDoctor::Report {

// The proxy a connection to the server goes through: type and address only. Proxy
// credentials are never read into it.
struct ProxyInfo
{
    QString type; // "none", "socks5", "http", "http_caching", "ftp_caching", "default"
    QString host; // empty with "none"
    quint16 port = 0;

    // "none" or "socks5 proxy.example.com:1080" (an IPv6 host in brackets); not translated.
    [[nodiscard]] QString toString() const;
    friend bool operator==(const ProxyInfo &, const ProxyInfo &) = default;
};

// Where a report was made: the program, its libraries, the system and the proxy.
// Nothing in here is secret or identifies a person.
struct Environment
{
    QString programVersion; // SDOC_VERSION
    QString qtVersion; // qVersion(): the Qt library in use at run time
    QString qtBuildVersion; // QT_VERSION_STR: the Qt the program was built with
    QString tlsLibrary; // QSslSocket::sslLibraryVersionString(), e.g. "OpenSSL 3.0.11 19 Sep 2023"
    QString tlsBackend; // QSslSocket::activeBackend(), e.g. "openssl"
    QString os; // QSysInfo::prettyProductName()
    QString kernel; // kernel type and version: "linux 6.1.0-18-amd64"
    QString cpu; // QSysInfo::currentCpuArchitecture()
    ProxyInfo proxy; // what a socket to the server uses (the application's proxy settings)
    ProxyInfo systemProxy; // what the system's proxy configuration says for the server

    // Reads everything now. host and port are the server's, for the proxy question.
    [[nodiscard]] static Environment current(const QString &host, quint16 port);

    friend bool operator==(const Environment &, const Environment &) = default;
};

} // namespace SmtpDoctor::Report
