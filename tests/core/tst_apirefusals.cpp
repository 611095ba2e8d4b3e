// Requests the client refuses to send, or whose answer it refuses to follow: a redirect (the
// credentials stay with the configured endpoint), plain http to a non-loopback host, and ids that
// are not 32 lower-case hex characters. Nothing refused before sending may reach the network.
#include "api/addmembersrequest.h"
#include "api/apiclient.h"
#include "api/getjobrequest.h"
#include "api/listlistenersrequest.h"
#include "api/listloadbalancersrequest.h"
#include "api/listmembersrequest.h"
#include "api/memberpagerequest.h"
#include "api/removemembersrequest.h"
#include "auth/tokenauthenticator.h"
#include "fakenetwork.h"

#include <QTest>

using namespace ElbDesk;
using namespace ElbDesk::Test;

namespace {
const QByteArray kLbList = R"({"loadbalancers":[],"instance_num":"0"})";
} // namespace

class tst_ApiRefusals : public QObject
{
    Q_OBJECT

private slots:
    void redirectIsRefusedAndCredentialsStay_data();
    void redirectIsRefusedAndCredentialsStay();
    void plainHttp_data();
    void plainHttp();
    void invalidIdsNeverReachTheNetwork_data();
    void invalidIdsNeverReachTheNetwork();
    void filterValuesCannotInjectQueryItems();
};

void tst_ApiRefusals::redirectIsRefusedAndCredentialsStay_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("301") << 301;
    QTest::newRow("302") << 302;
    QTest::newRow("307") << 307;
    QTest::newRow("308") << 308;
}

void tst_ApiRefusals::redirectIsRefusedAndCredentialsStay()
{
    QFETCH(int, status);
    FakeNetworkAccessManager nam;
    nam.setRouter([status](const RecordedRequest &r) {
        return new FakeJsonReply(r, status, QByteArray(), {{"Location", "https://evil.example.test/steal"}});
    });
    ApiClient client(&nam, fakeConnection(), new TokenAuthenticator(QStringLiteral("tok-redirect-secret")));
    client.setRetryPolicy(fastRetryPolicy());
    RequestRun run;
    QVERIFY(runToEnd(new ListLoadBalancersRequest(&client), &run));
    QCOMPARE(run.error.kind, ApiError::Kind::Refused);
    QCOMPARE(run.error.httpStatus, status);
    QVERIFY(run.error.message.contains(QLatin1String("evil.example.test")));
    QCOMPARE(nam.count(), 1);
    const RecordedRequest &r = nam.requests().first();
    QCOMPARE(r.host(), QStringLiteral("elb.example.test"));
    QCOMPARE(r.request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::ManualRedirectPolicy));
}

void tst_ApiRefusals::plainHttp_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("http to a public host") << QStringLiteral("http://elb.example.test") << false;
    QTest::newRow("http to a private address") << QStringLiteral("http://10.0.0.5:8080") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://elb.example.test") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
    QTest::newRow("http to 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("http to localhost") << QStringLiteral("http://localhost:9000") << true;
    QTest::newRow("http to ::1") << QStringLiteral("http://[::1]:9000") << true;
    QTest::newRow("https") << QStringLiteral("https://elb.example.test") << true;
}

void tst_ApiRefusals::plainHttp()
{
    QFETCH(QString, endpoint);
    QFETCH(bool, allowed);
    FakeNetworkAccessManager nam;
    nam.setRouter([](const RecordedRequest &r) { return new FakeJsonReply(r, 200, kLbList); });
    ApiClient client(&nam, fakeConnection(endpoint), new TokenAuthenticator(QStringLiteral("tok-http")));
    RequestRun run;
    QVERIFY(runToEnd(new ListLoadBalancersRequest(&client), &run));
    QCOMPARE(run.error.kind, allowed ? ApiError::Kind::None : ApiError::Kind::Refused);
    QCOMPARE(nam.count(), allowed ? 1 : 0);
}

void tst_ApiRefusals::invalidIdsNeverReachTheNetwork_data()
{
    QTest::addColumn<QString>("requestClass");
    QTest::addColumn<QString>("badId");
    const QStringList classes{QStringLiteral("loadbalancers (project)"),
                              QStringLiteral("listeners"),
                              QStringLiteral("member page (listener)"),
                              QStringLiteral("member page (marker)"),
                              QStringLiteral("list members"),
                              QStringLiteral("remove (listener)"),
                              QStringLiteral("remove (member)"),
                              QStringLiteral("add (listener)"),
                              QStringLiteral("add (server id)"),
                              QStringLiteral("job")};
    const QStringList bad{QStringLiteral("../../x"), QStringLiteral("abc?x=1"), hexId(0xabcdef).toUpper(),
                          hexId(1) + QStringLiteral("/"), QString()};
    for (const QString &c : classes) {
        for (const QString &id : bad) {
            // An empty marker means "first page" and an empty load balancer id "every listener".
            if (id.isEmpty() && (c.contains(QLatin1String("marker")) || c == QLatin1String("listeners")))
                continue;
            QTest::addRow("%s: \"%s\"", qPrintable(c), qPrintable(id)) << c << id;
        }
    }
}

void tst_ApiRefusals::invalidIdsNeverReachTheNetwork()
{
    QFETCH(QString, requestClass);
    QFETCH(QString, badId);
    FakeNetworkAccessManager nam;
    nam.setRouter([](const RecordedRequest &r) { return new FakeJsonReply(r, 200, "[]"); });
    Connection c = fakeConnection();
    if (requestClass.contains(QLatin1String("project")))
        c.projectId = badId.isEmpty() ? QStringLiteral("x") : badId;
    ApiClient client(&nam, c, new TokenAuthenticator(QStringLiteral("tok-ids")));
    const QString good = hexId(7);
    const QString server = QStringLiteral("97444148-7afb-47cc-b4a3-6e1c94d1ade4");
    RequestRun run;
    bool ended = false;
    if (requestClass.startsWith(QLatin1String("loadbalancers")))
        ended = runToEnd(new ListLoadBalancersRequest(&client), &run);
    else if (requestClass == QLatin1String("listeners"))
        ended = runToEnd(new ListListenersRequest(&client, badId), &run);
    else if (requestClass == QLatin1String("member page (listener)"))
        ended = runToEnd(new MemberPageRequest(&client, badId, 10, QString()), &run);
    else if (requestClass == QLatin1String("member page (marker)"))
        ended = runToEnd(new MemberPageRequest(&client, good, 10, badId), &run);
    else if (requestClass == QLatin1String("list members"))
        ended = runToEnd(new ListMembersRequest(&client, badId), &run);
    else if (requestClass == QLatin1String("remove (listener)"))
        ended = runToEnd(new RemoveMembersRequest(&client, badId, {good}), &run);
    else if (requestClass == QLatin1String("remove (member)"))
        ended = runToEnd(new RemoveMembersRequest(&client, good, {good, badId}), &run);
    else if (requestClass == QLatin1String("add (listener)"))
        ended = runToEnd(new AddMembersRequest(&client, badId, {{server, QStringLiteral("10.0.0.1")}}), &run);
    else if (requestClass == QLatin1String("add (server id)"))
        ended = runToEnd(new AddMembersRequest(&client, good, {{badId, QStringLiteral("10.0.0.1")}}), &run);
    else if (requestClass == QLatin1String("job"))
        ended = runToEnd(new GetJobRequest(&client, badId, QStringLiteral("/v1.0")), &run);
    QVERIFY(ended);
    QCOMPARE(run.error.kind, ApiError::Kind::Refused);
    QCOMPARE(nam.count(), 0);
}

void tst_ApiRefusals::filterValuesCannotInjectQueryItems()
{
    // Filter values are free text (an IP the operator typed): they must stay one query value.
    FakeNetworkAccessManager nam;
    nam.setRouter([](const RecordedRequest &r) { return new FakeJsonReply(r, 200, "[]"); });
    ApiClient client(&nam, fakeConnection(), new TokenAuthenticator(QStringLiteral("tok-filter")));
    auto *page = new MemberPageRequest(&client, hexId(0x11), 10, QString());
    page->addFilter(QStringLiteral("server_address"), QStringLiteral("10.0.0.1&id=x#frag"));
    RequestRun run;
    QVERIFY(runToEnd(page, &run));
    QVERIFY(!run.error.isError());
    QCOMPARE(nam.count(), 1);
    const RecordedRequest &r = nam.requests().first();
    QCOMPARE(r.queryValue(QStringLiteral("server_address")), QStringLiteral("10.0.0.1&id=x#frag"));
    QVERIFY(!r.hasQueryItem(QStringLiteral("id")));
    QCOMPARE(r.url.fragment(), QString());
    QCOMPARE(r.path(),
             QStringLiteral("/v1.0/%1/elbaas/listeners/%2/members").arg(fakeProjectId(), hexId(0x11)));
}

QTEST_GUILESS_MAIN(tst_ApiRefusals)
#include "tst_apirefusals.moc"
