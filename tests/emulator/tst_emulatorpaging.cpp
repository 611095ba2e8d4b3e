// Member list paging and filters (elb-classic-api.md §5, §15.1): limit/marker, a marker that
// was removed meanwhile, the documented filters, and a 100,000-member listener.

#include "emulatortesthttp.h"

#include <QTest>

using namespace ElbDesk;
using namespace ElbDesk::Test;

namespace {

QStringList idsOf(const QJsonArray &members)
{
    QStringList ids;
    for (const QJsonValue &m : members)
        ids << m.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

// Fetches every page the way §15.1 recommends: stop on a short page.
QStringList pageThrough(Sandbox &s, const QString &listenerId, int limit)
{
    QStringList ids;
    QString marker;
    for (int guard = 0; guard < 100000; ++guard) {
        const QString query = marker.isEmpty() ? QStringLiteral("limit=%1").arg(limit)
                                               : QStringLiteral("limit=%1&marker=%2").arg(limit).arg(marker);
        const QStringList page = idsOf(s.members(listenerId, query));
        ids << page;
        if (page.size() < limit)
            break;
        marker = page.constLast();
    }
    return ids;
}

} // namespace

class TestEmulatorPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesByLimitAndMarker();
    void markerRemovedMeanwhile();
    void filters();
    void invalidQueries();
    void largeListener();
};

void TestEmulatorPaging::pagesByLimitAndMarker()
{
    Sandbox s({QStringLiteral("--members"), QStringLiteral("23")});
    const QString l = s.listeners().at(1).toObject().value(QStringLiteral("id")).toString();
    const QStringList all = idsOf(s.members(l));
    QCOMPARE(all.size(), 23);
    QStringList sorted = all;
    sorted.sort();
    QCOMPARE(all, sorted);
    for (const int limit : {1, 5, 7, 23, 50})
        QCOMPARE(pageThrough(s, l, limit), all);
    // The documented URI form "?limit=10&marker=0": marker 0 sorts before every id.
    QCOMPARE(idsOf(s.members(l, QStringLiteral("limit=10&marker=0"))), all.mid(0, 10));
    QCOMPARE(idsOf(s.members(l, QStringLiteral("marker=") + all.at(20))), all.mid(21));
    QCOMPARE(s.members(l, QStringLiteral("marker=") + all.constLast()).size(), 0);
    QCOMPARE(idsOf(s.members(l, QStringLiteral("limit="))), all); // empty limit = all
}

void TestEmulatorPaging::markerRemovedMeanwhile()
{
    Sandbox s({QStringLiteral("--job-seconds"), QStringLiteral("0.2")});
    const QString l = s.listeners().at(0).toObject().value(QStringLiteral("id")).toString();
    const QStringList all = idsOf(s.members(l));
    const QStringList first = idsOf(s.members(l, QStringLiteral("limit=5")));
    QCOMPARE(first, all.mid(0, 5));

    // Remove the marker member (and the next one) between two page requests.
    const QJsonObject body{{QStringLiteral("removeMember"), QJsonArray{QJsonObject{{QStringLiteral("id"), first.constLast()}},
                                                                       QJsonObject{{QStringLiteral("id"), all.at(5)}}}}};
    const HttpResult r = s.http->post(s.elb(QStringLiteral("listeners/%1/members/action").arg(l)), QJsonDocument(body));
    QCOMPARE(r.status, 200);
    const QString jobId = r.object().value(QStringLiteral("job_id")).toString();
    QTRY_COMPARE_WITH_TIMEOUT(s.jobStatus(jobId), QStringLiteral("SUCCESS"), 5000);

    // The page still starts strictly after the (now gone) marker.
    QCOMPARE(idsOf(s.members(l, QStringLiteral("limit=5&marker=") + first.constLast())), all.mid(6, 5));
    QCOMPARE(pageThrough(s, l, 4).size(), all.size() - 2);
}

void TestEmulatorPaging::filters()
{
    Sandbox s;
    const QString l = s.listeners().at(0).toObject().value(QStringLiteral("id")).toString();
    const QJsonArray all = s.members(l);
    const QJsonObject pick = all.at(3).toObject();
    for (const char *key : {"id", "server_id", "server_address", "address"}) {
        const QString k = QString::fromLatin1(key);
        const QJsonArray found = s.members(l, k + QLatin1Char('=') + pick.value(k).toString());
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).toObject(), pick);
    }
    for (const char *key : {"status", "health_status"}) {
        const QString k = QString::fromLatin1(key);
        const QString wanted = pick.value(k).toString();
        const QJsonArray found = s.members(l, k + QLatin1Char('=') + wanted);
        QVERIFY(!found.isEmpty());
        for (const QJsonValue &m : found)
            QCOMPARE(m.toObject().value(k).toString(), wanted);
    }
    QCOMPARE(s.members(l, QStringLiteral("id=0123456789abcdef0123456789abcdef")).size(), 0);
    // Filters the documentation excludes (server_name) and unknown ones are ignored.
    QCOMPARE(s.members(l, QStringLiteral("server_name=nope&colour=blue")).size(), all.size());
    // Filters combine with paging.
    QCOMPARE(s.members(l, QStringLiteral("status=ACTIVE&limit=2")).size(), 2);
}

void TestEmulatorPaging::invalidQueries()
{
    Sandbox s;
    const QString l = s.listeners().at(0).toObject().value(QStringLiteral("id")).toString();
    for (const QString &limit : {QStringLiteral("abc"), QStringLiteral("-1"), QStringLiteral("0"), QStringLiteral("1.5")}) {
        const HttpResult r = s.http->get(s.elb(QStringLiteral("listeners/%1/members").arg(l)), QStringLiteral("limit=") + limit);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("ELB.1004"));
    }
    HttpResult r = s.http->get(s.elb(QStringLiteral("listeners/0123456789abcdef0123456789abcdef/members")));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("ELB.2011"));
    QVERIFY(r.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).isString());
    r = s.http->get(s.elb(QStringLiteral("listeners/..%2F..%2Fetc/members")));
    QVERIFY(r.status == 400 || r.status == 404);
    r = s.http->get(s.elb(QStringLiteral("listeners/ABCDEF/members")));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("ELB.2020"));
}

void TestEmulatorPaging::largeListener()
{
    QElapsedTimer seeding;
    seeding.start();
    Sandbox s({QStringLiteral("--large-listener"), QStringLiteral("100000"), QStringLiteral("--lbs"), QStringLiteral("1"),
               QStringLiteral("--listeners"), QStringLiteral("2")});
    qDebug() << "seeded a 100,000-member listener in" << seeding.elapsed() << "ms";
    const QJsonObject listener = s.listeners().at(0).toObject();
    QCOMPARE(listener.value(QStringLiteral("member_number")).toInt(), 100000);
    const QString l = listener.value(QStringLiteral("id")).toString();

    const HttpResult all = s.http->get(s.elb(QStringLiteral("listeners/%1/members").arg(l)));
    QCOMPARE(all.status, 200);
    qDebug() << "served 100,000 members (" << all.body.size() / 1024 << "KiB) in" << all.elapsedMs << "ms";
    QElapsedTimer parsing;
    parsing.start();
    const QJsonArray members = all.array();
    QCOMPARE(members.size(), 100000);
    qDebug() << "parsed them in" << parsing.elapsed() << "ms";

    QElapsedTimer paging;
    paging.start();
    const QStringList paged = pageThrough(s, l, 500);
    qDebug() << "paged through them 500 at a time (" << paged.size() / 500 + 1 << "requests) in" << paging.elapsed() << "ms";
    QCOMPARE(paged.size(), 100000);
    QCOMPARE(paged.constFirst(), members.at(0).toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(paged.constLast(), members.at(99999).toObject().value(QStringLiteral("id")).toString());

    const QString middle = members.at(54321).toObject().value(QStringLiteral("id")).toString();
    const HttpResult one = s.http->get(s.elb(QStringLiteral("listeners/%1/members").arg(l)), QStringLiteral("id=") + middle);
    QCOMPARE(one.array().size(), 1);
    qDebug() << "?id= lookup in" << one.elapsedMs << "ms";
}

QTEST_GUILESS_MAIN(TestEmulatorPaging)
#include "tst_emulatorpaging.moc"
