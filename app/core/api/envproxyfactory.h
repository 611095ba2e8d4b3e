#pragma once

#include <QNetworkProxyFactory>
#include <QProcessEnvironment>
#include <QString>

namespace ElbDesk {

// The proxy for each request, the way command-line tools choose it:
//   https URLs: https_proxy / HTTPS_PROXY, then all_proxy / ALL_PROXY
//   http URLs:  http_proxy / HTTP_PROXY, then all_proxy / ALL_PROXY
//   no_proxy / NO_PROXY: comma-separated hosts; "*" = none; "example.com" and ".example.com" also
//   cover sub-domains; "host:port" only that port; IP addresses and CIDR ranges (10.0.0.0/8).
// Loopback (localhost, 127.0.0.0/8, ::1) is never proxied. Without a variable for the scheme the
// system's configuration decides (QNetworkProxyFactory::systemProxyForQuery).
// A proxy URL may carry user:password; that is handed to Qt and never logged.
class EnvProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit EnvProxyFactory(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    ~EnvProxyFactory() override;

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query = QNetworkProxyQuery()) override;

    // Makes an EnvProxyFactory over the process environment the application-wide factory.
    static void install();

    [[nodiscard]] static bool isLoopback(const QString &host);
    [[nodiscard]] static bool matchesNoProxy(const QString &noProxy, const QString &host, int port);
    // The proxy a URL such as "http://user:pw@proxy:3128" names; NoProxy for an empty or bad one.
    [[nodiscard]] static QNetworkProxy proxyFromUrl(const QString &url, bool *valid = nullptr);

private:
    [[nodiscard]] QString variable(const char *lower, const char *upper) const;

    QProcessEnvironment m_env;
};

} // namespace ElbDesk
