#include "envproxyfactory.h"

#include "logging.h"

#include <QHostAddress>
#include <QUrl>

namespace ElbDesk {

EnvProxyFactory::EnvProxyFactory(const QProcessEnvironment &env) : m_env(env) {}

EnvProxyFactory::~EnvProxyFactory() = default;

void EnvProxyFactory::install()
{
    QNetworkProxyFactory::setApplicationProxyFactory(new EnvProxyFactory()); // Qt takes ownership
}

QString EnvProxyFactory::variable(const char *lower, const char *upper) const
{
    // The lower-case spelling wins, as in curl and wget.
    const QString value = m_env.value(QLatin1String(lower)).trimmed();
    return value.isEmpty() ? m_env.value(QLatin1String(upper)).trimmed() : value;
}

bool EnvProxyFactory::isLoopback(const QString &host)
{
    QString h = host.toLower();
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    if (h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost")))
        return true;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

bool EnvProxyFactory::matchesNoProxy(const QString &noProxy, const QString &host, int port)
{
    QString h = host.toLower();
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    const QHostAddress hostAddress(h);
    const QStringList entries = noProxy.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString entry : entries) {
        entry = entry.trimmed().toLower();
        if (entry.isEmpty())
            continue;
        if (entry == QLatin1String("*"))
            return true;
        // CIDR or a bare address (IPv6 may be bracketed, may carry a port).
        if (!hostAddress.isNull()) {
            const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(entry);
            if (!subnet.first.isNull() && entry.contains(QLatin1Char('/'))) {
                if (hostAddress.isInSubnet(subnet))
                    return true;
                continue;
            }
        }
        int entryPort = -1;
        QString name = entry;
        if (name.startsWith(QLatin1Char('['))) {
            const int close = name.indexOf(QLatin1Char(']'));
            if (close < 0)
                continue;
            if (close + 2 < name.size() && name.at(close + 1) == QLatin1Char(':'))
                entryPort = name.mid(close + 2).toInt();
            name = name.mid(1, close - 1);
        } else if (name.count(QLatin1Char(':')) == 1) {
            bool ok = false;
            entryPort = name.section(QLatin1Char(':'), 1).toInt(&ok);
            if (!ok)
                continue;
            name = name.section(QLatin1Char(':'), 0, 0);
        }
        if (entryPort >= 0 && entryPort != port)
            continue;
        if (!hostAddress.isNull()) {
            const QHostAddress entryAddress(name);
            if (!entryAddress.isNull() && entryAddress.isEqual(hostAddress))
                return true;
            continue;
        }
        if (name.startsWith(QLatin1String("*.")))
            name = name.mid(2);
        else if (name.startsWith(QLatin1Char('.')))
            name = name.mid(1);
        if (name.isEmpty())
            continue;
        if (h == name || h.endsWith(QLatin1Char('.') + name))
            return true;
    }
    return false;
}

QNetworkProxy EnvProxyFactory::proxyFromUrl(const QString &text, bool *valid)
{
    if (valid)
        *valid = false;
    if (text.isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    // "proxy:3128" without a scheme means http, as in curl.
    const QString withScheme = text.contains(QLatin1String("://")) ? text : QStringLiteral("http://") + text;
    const QUrl url(withScheme, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy;
    int defaultPort = 1080; // curl's default for every proxy scheme
    if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h"))
        type = QNetworkProxy::Socks5Proxy;
    else if (scheme == QLatin1String("https"))
        defaultPort = 443;
    else if (scheme != QLatin1String("http"))
        return QNetworkProxy(QNetworkProxy::NoProxy);
    if (!url.isValid() || url.host().isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    if (valid)
        *valid = true;
    return QNetworkProxy(type, url.host(), quint16(url.port(defaultPort)), url.userName(QUrl::FullyDecoded),
                         url.password(QUrl::FullyDecoded));
}

QList<QNetworkProxy> EnvProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QUrl url = query.url();
    const QString host = !query.peerHostName().isEmpty() ? query.peerHostName() : url.host();
    QString scheme = query.protocolTag().toLower();
    if (scheme.isEmpty())
        scheme = url.scheme().toLower();
    const int port =
        query.peerPort() > 0 ? query.peerPort() : url.port(scheme == QLatin1String("https") ? 443 : 80);
    const QList<QNetworkProxy> none{QNetworkProxy(QNetworkProxy::NoProxy)};
    if (host.isEmpty() || isLoopback(host))
        return none;
    const QString noProxy = variable("no_proxy", "NO_PROXY");
    if (!noProxy.isEmpty() && matchesNoProxy(noProxy, host, port)) {
        qCDebug(lcApi) << "proxy: none for" << host << "(no_proxy)";
        return none;
    }
    QString proxyUrl;
    if (scheme == QLatin1String("https"))
        proxyUrl = variable("https_proxy", "HTTPS_PROXY");
    else if (scheme == QLatin1String("http"))
        proxyUrl = variable("http_proxy", "HTTP_PROXY");
    if (proxyUrl.isEmpty())
        proxyUrl = variable("all_proxy", "ALL_PROXY");
    if (proxyUrl.isEmpty())
        return QNetworkProxyFactory::systemProxyForQuery(query);
    bool valid = false;
    const QNetworkProxy proxy = proxyFromUrl(proxyUrl, &valid);
    if (!valid) {
        // Only the host part is named: a proxy URL may carry a password.
        qCWarning(lcApi) << "proxy: the proxy variable for" << scheme
                         << "is not a usable URL; the system's proxy "
                         << "settings are used";
        return QNetworkProxyFactory::systemProxyForQuery(query);
    }
    qCDebug(lcApi) << "proxy:" << proxy.hostName() << proxy.port() << "for" << host;
    return {proxy};
}

} // namespace ElbDesk
