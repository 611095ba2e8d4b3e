// parseErrorBody() and ApiError::describe(): the three documented error shapes (elb-classic-api.md
// §9), bodies in none of them, and the "classic ELB not available here" case.
#include "api/apierror.h"

#include <QTest>

using namespace ElbDesk;

class tst_ApiError : public QObject
{
    Q_OBJECT

private slots:
    void shapes_data();
    void shapes();
    void unreadableBodies_data();
    void unreadableBodies();
    void apiNotAvailable_data();
    void apiNotAvailable();
    void describeNamesCodeAndStatus_data();
    void describeNamesCodeAndStatus();
    void describeNonHttpKinds_data();
    void describeNonHttpKinds();
    void predicates();
};

void tst_ApiError::shapes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("requestId");

    QTest::newRow("ELB shape (§9.1)")
        << 400 << QByteArray(R"({"error":{"message":"This member is not exist","code":"ELB.2012"}})")
        << QStringLiteral("ELB.2012") << QStringLiteral("This member is not exist") << QString();
    QTest::newRow("ELB shape, real OTC text")
        << 400 << QByteArray(R"({"error":{"message":"request parameter is not valid","code":"ELB.1001"}})")
        << QStringLiteral("ELB.1001") << QStringLiteral("request parameter is not valid") << QString();
    QTest::newRow("gateway shape 404 (§9.2)")
        << 404
        << QByteArray(
               R"({"error_msg":"The API does not exist or has not been published in the environment","error_code":"APIGW.0101","request_id":"5b1e3a1b2c"})")
        << QStringLiteral("APIGW.0101")
        << QStringLiteral("The API does not exist or has not been published in the environment")
        << QStringLiteral("5b1e3a1b2c");
    QTest::newRow("gateway throttling 429")
        << 429
        << QByteArray(
               R"({"error_msg":"The throttling threshold has been reached: policy user over ratelimit,limit:20,time:1 second","error_code":"APIG.0308","request_id":"r-429"})")
        << QStringLiteral("APIG.0308")
        << QStringLiteral(
               "The throttling threshold has been reached: policy user over ratelimit,limit:20,time:1 second")
        << QStringLiteral("r-429");
    QTest::newRow("gateway shape without request_id")
        << 401
        << QByteArray(
               R"({"error_msg":"Incorrect IAM authentication information: verify aksk signature fail","error_code":"APIGW.0301"})")
        << QStringLiteral("APIGW.0301")
        << QStringLiteral("Incorrect IAM authentication information: verify aksk signature fail")
        << QString();
    QTest::newRow("Keystone shape, numeric code (§9.3)")
        << 401
        << QByteArray(R"({"error": {"message": "Unauthorized.", "code": 401, "title": "Unauthorized"}})")
        << QStringLiteral("401") << QStringLiteral("Unauthorized.") << QString();
    QTest::newRow("Keystone shape, title only")
        << 403 << QByteArray(R"({"error":{"code":403,"title":"Forbidden"}})") << QStringLiteral("403")
        << QStringLiteral("Forbidden") << QString();
    QTest::newRow("bare message object")
        << 500 << QByteArray(R"({"message":"internal error","code":"X.1"})") << QStringLiteral("X.1")
        << QStringLiteral("internal error") << QString();
    QTest::newRow("gateway numeric error_code")
        << 429 << QByteArray(R"({"error_msg":"slow down","error_code":429})") << QStringLiteral("429")
        << QStringLiteral("slow down") << QString();
}

void tst_ApiError::shapes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const ApiError e = parseErrorBody(status, body);
    QCOMPARE(e.kind, ApiError::Kind::Http);
    QCOMPARE(e.httpStatus, status);
    QTEST(e.code, "code");
    QTEST(e.message, "message");
    QTEST(e.requestId, "requestId");
    QVERIFY(e.isError());
}

void tst_ApiError::unreadableBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty") << 503 << QByteArray() << QStringLiteral("no details");
    QTest::newRow("HTML") << 502 << QByteArray("<html><head><title>502 Bad Gateway</title></head></html>")
                          << QStringLiteral("502 Bad Gateway");
    QTest::newRow("garbage bytes") << 500 << QByteArray("\x01\x02\xff\xfe garbage\n\t")
                                   << QStringLiteral("garbage");
    QTest::newRow("JSON array") << 400 << QByteArray(R"(["error"])") << QStringLiteral("unrecognised");
    QTest::newRow("error is a string")
        << 400 << QByteArray(R"({"error":"bad"})") << QStringLiteral("unrecognised");
    QTest::newRow("truncated JSON") << 400 << QByteArray(R"({"error":{"message":"This mem)")
                                    << QStringLiteral("unrecognised");
    QTest::newRow("huge body") << 500 << QByteArray(100000, 'x') << QStringLiteral("xxx");
}

void tst_ApiError::unreadableBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    const ApiError e = parseErrorBody(status, body);
    QCOMPARE(e.kind, ApiError::Kind::Http);
    QCOMPARE(e.httpStatus, status);
    QVERIFY(e.code.isEmpty());
    QVERIFY2(e.message.contains(mentions), qPrintable(e.message));
    // An excerpt, never the whole body, and nothing unprintable reaches a terminal.
    QVERIFY2(e.message.size() < 300, qPrintable(QString::number(e.message.size())));
    for (const QChar c : e.message)
        QVERIFY2(c.isPrint(), qPrintable(e.message));
    const QString text = e.describe();
    QVERIFY2(text.contains(QString::number(status)), qPrintable(text));
}

void tst_ApiError::apiNotAvailable_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("notAvailable");

    const QByteArray apigw =
        R"({"error_msg":"The API does not exist or has not been published in the environment","error_code":"APIGW.0101","request_id":"r"})";
    QTest::newRow("404 APIGW.0101") << 404 << apigw << true;
    QTest::newRow("404 APIG.0101") << 404 << QByteArray(apigw).replace("APIGW.0101", "APIG.0101") << true;
    QTest::newRow("404 ELB shape not found")
        << 404 << QByteArray(R"({"error":{"message":"x","code":"ELB.1003"}})") << false;
    QTest::newRow("400 APIGW.0101 (wrong status)") << 400 << apigw << false;
    QTest::newRow("404 without body") << 404 << QByteArray() << false;
    QTest::newRow("404 APIGW.0102") << 404 << QByteArray(apigw).replace("APIGW.0101", "APIGW.0102") << false;
}

void tst_ApiError::apiNotAvailable()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, notAvailable);
    const ApiError e = parseErrorBody(status, body);
    QCOMPARE(e.isApiNotAvailable(), notAvailable);
    if (notAvailable) {
        const QString text = e.describe();
        QVERIFY2(text.contains(QLatin1String("not available")), qPrintable(text));
        QVERIFY2(text.contains(e.code), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("404")), qPrintable(text));
    }
}

void tst_ApiError::describeNamesCodeAndStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("400 ELB.2012")
        << 400 << QByteArray(R"({"error":{"message":"This member is not exist","code":"ELB.2012"}})")
        << QStringList{QStringLiteral("400"), QStringLiteral("ELB.2012"),
                       QStringLiteral("This member is not exist")};
    QTest::newRow("401 Keystone")
        << 401 << QByteArray(R"({"error":{"message":"Unauthorized.","code":401,"title":"Unauthorized"}})")
        << QStringList{QStringLiteral("401"), QStringLiteral("Authentication")};
    QTest::newRow("429 with request id")
        << 429
        << QByteArray(R"({"error_msg":"over ratelimit","error_code":"APIG.0308","request_id":"req-77"})")
        << QStringList{QStringLiteral("429"), QStringLiteral("APIG.0308"), QStringLiteral("req-77"),
                       QStringLiteral("Throttled")};
    QTest::newRow("409 busy") << 409 << QByteArray(R"({"error":{"message":"busy","code":"ELB.1008"}})")
                              << QStringList{QStringLiteral("409"), QStringLiteral("ELB.1008"),
                                             QStringLiteral("busy")};
    QTest::newRow("503 HTML") << 503 << QByteArray("<html>maintenance</html>")
                              << QStringList{QStringLiteral("503"), QStringLiteral("maintenance")};
}

void tst_ApiError::describeNamesCodeAndStatus()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, mentions);
    const QString text = parseErrorBody(status, body).describe();
    for (const QString &m : std::as_const(mentions))
        QVERIFY2(text.contains(m), qPrintable(QStringLiteral("\"%1\" lacks %2").arg(text, m)));
}

void tst_ApiError::describeNonHttpKinds_data()
{
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("network") << ApiError::Kind::Network << QStringLiteral("Connection refused");
    QTest::newRow("timeout") << ApiError::Kind::Timeout << QStringLiteral("4.0 s without a complete answer");
    QTest::newRow("bad body") << ApiError::Kind::BadBody
                              << QStringLiteral("members[0].id: expected an id string");
    QTest::newRow("too large") << ApiError::Kind::TooLarge << QStringLiteral("more than 64 MiB");
    QTest::newRow("refused") << ApiError::Kind::Refused
                             << QStringLiteral("plain http to elb.example is not allowed");
}

void tst_ApiError::describeNonHttpKinds()
{
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, message);
    ApiError e;
    e.kind = kind;
    e.message = message;
    const QString text = e.describe();
    QVERIFY2(text.contains(message), qPrintable(text));
    QVERIFY(!e.isAuthFailure());
    QVERIFY(!e.isThrottled());
    QVERIFY(!e.isApiNotAvailable());
}

void tst_ApiError::predicates()
{
    QVERIFY(!ApiError().isError());
    QCOMPARE(ApiError().describe(), QStringLiteral("No error."));
    ApiError aborted;
    aborted.kind = ApiError::Kind::Aborted;
    QVERIFY(aborted.isError());
    QVERIFY(aborted.describe().contains(QLatin1String("cancelled")));
    QVERIFY(ApiError::http(401, QString(), QString()).isAuthFailure());
    QVERIFY(ApiError::http(429, QString(), QString()).isThrottled());
    QVERIFY(!ApiError::http(403, QString(), QString()).isAuthFailure());
    QCOMPARE(ApiError::badBody(QStringLiteral("x")).kind, ApiError::Kind::BadBody);
    QCOMPARE(ApiError::refused(QStringLiteral("x")).kind, ApiError::Kind::Refused);
    QVERIFY(!ApiError::http(503, QString(), QString()).isAmbiguous()); // only the request sets it
}

QTEST_GUILESS_MAIN(tst_ApiError)
#include "tst_apierror.moc"
