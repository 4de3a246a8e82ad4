// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/environment.h"

#include <QHostAddress>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkProxyQuery>
#include <QSslSocket>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Report {

namespace {

QString proxyTypeId(QNetworkProxy::ProxyType type)
{
    switch (type) {
    case QNetworkProxy::NoProxy:
        return u"none"_s;
    case QNetworkProxy::DefaultProxy:
        return u"default"_s;
    case QNetworkProxy::Socks5Proxy:
        return u"socks5"_s;
    case QNetworkProxy::HttpProxy:
        return u"http"_s;
    case QNetworkProxy::HttpCachingProxy:
        return u"http_caching"_s;
    case QNetworkProxy::FtpCachingProxy:
        return u"ftp_caching"_s;
    }
    return u"unknown"_s;
}

// Type, host and port only: user() and password() of the proxy are not read.
ProxyInfo describe(const QNetworkProxy &proxy)
{
    ProxyInfo info;
    info.type = proxyTypeId(proxy.type());
    if (proxy.type() != QNetworkProxy::NoProxy && proxy.type() != QNetworkProxy::DefaultProxy) {
        info.host = proxy.hostName();
        info.port = proxy.port();
    }
    return info;
}

ProxyInfo first(const QList<QNetworkProxy> &proxies)
{
    return proxies.isEmpty() ? ProxyInfo { u"none"_s, {}, 0 } : describe(proxies.first());
}

// As QAbstractSocket chooses: the first proxy that can tunnel a TCP connection.
ProxyInfo usable(const QList<QNetworkProxy> &proxies)
{
    for (const QNetworkProxy &p : proxies) {
        if (p.type() == QNetworkProxy::NoProxy || p.type() == QNetworkProxy::DefaultProxy)
            return ProxyInfo { u"none"_s, {}, 0 };
        if (p.capabilities() & QNetworkProxy::TunnelingCapability)
            return describe(p);
    }
    return ProxyInfo { u"none"_s, {}, 0 };
}

} // namespace

QString ProxyInfo::toString() const
{
    if (host.isEmpty())
        return type;
    const bool v6 = host.contains(u':');
    return u"%1 %2%3%4:%5"_s.arg(type, v6 ? u"["_s : QString(), host, v6 ? u"]"_s : QString()).arg(port);
}

Environment Environment::current(const QString &host, quint16 port)
{
    Environment e;
    e.programVersion = QStringLiteral(SDOC_VERSION);
    e.qtVersion = QString::fromLatin1(qVersion());
    e.qtBuildVersion = QStringLiteral(QT_VERSION_STR);
    e.tlsLibrary = QSslSocket::sslLibraryVersionString();
    e.tlsBackend = QSslSocket::activeBackend();
    e.os = QSysInfo::prettyProductName();
    e.kernel = u"%1 %2"_s.arg(QSysInfo::kernelType(), QSysInfo::kernelVersion()).trimmed();
    e.cpu = QSysInfo::currentCpuArchitecture();

    // What a socket with the default proxy setting uses: the application proxy or the
    // application's proxy factory (which consults the system only if the application
    // enabled that). The system's own answer is reported separately.
    const QNetworkProxyQuery query(host, int(port), u"smtp"_s, QNetworkProxyQuery::TcpSocket);
    e.proxy = usable(QNetworkProxyFactory::proxyForQuery(query));
    e.systemProxy = first(QNetworkProxyFactory::systemProxyForQuery(query));
    return e;
}

} // namespace SmtpDoctor::Report
