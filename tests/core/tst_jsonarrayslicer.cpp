// sliceJsonArray(): the exact bytes of each element of a top-level JSON array, honouring strings
// (escapes, brackets and commas inside them) and nesting; false for anything not a well-bracketed
// array. Member pages are sliced on every page of a listing (MemberPageRequest), so the string fast
// path (memchr to the next quote or backslash) is checked here on the cases it could get wrong.
#include "model/jsonarrayslicer.h"

#include <QTest>

using namespace ElbDesk;

class tst_JsonArraySlicer : public QObject
{
    Q_OBJECT

private slots:
    void slices_data();
    void slices();
};

void tst_JsonArraySlicer::slices_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArrayList>("elements");

    QTest::newRow("empty array") << QByteArray("[]") << true << QByteArrayList{};
    QTest::newRow("spaces around") << QByteArray(" \n[ 1 , 2 ]\r\n") << true << QByteArrayList{"1", "2"};
    QTest::newRow("objects") << QByteArray(R"([{"a":1},{"b":[2,3]}])") << true
                             << QByteArrayList{R"({"a":1})", R"({"b":[2,3]})"};
    QTest::newRow("brackets and commas inside strings")
        << QByteArray(R"([{"a":"],[}{,"},"x,y"])") << true << QByteArrayList{R"({"a":"],[}{,"})", R"("x,y")"};
    QTest::newRow("escaped quote inside a string")
        << QByteArray(R"(["a\"],[b","c"])") << true << QByteArrayList{R"("a\"],[b")", R"("c")"};
    QTest::newRow("escaped backslash before the closing quote")
        << QByteArray(R"(["a\\",1])") << true << QByteArrayList{R"("a\\")", "1"};
    QTest::newRow("several escapes in one string")
        << QByteArray(R"(["\\\"\n\u0041]",2])") << true << QByteArrayList{R"("\\\"\n\u0041]")", "2"};
    QTest::newRow("empty strings") << QByteArray(R"(["","",{"":""}])") << true
                                   << QByteArrayList{R"("")", R"("")", R"({"":""})"};
    QTest::newRow("unterminated string") << QByteArray(R"(["abc])") << false << QByteArrayList{};
    QTest::newRow("string ending in a backslash") << QByteArray(R"(["abc\"])") << false << QByteArrayList{};
    QTest::newRow("backslash as the last byte") << QByteArray("[\"abc\\") << false << QByteArrayList{};
    QTest::newRow("not an array") << QByteArray(R"({"a":1})") << false << QByteArrayList{};
    QTest::newRow("unclosed array") << QByteArray("[1,2") << false << QByteArrayList{};
    QTest::newRow("trailing garbage") << QByteArray("[1] x") << false << QByteArrayList{};
    QTest::newRow("stray closing brace") << QByteArray("[1}") << false << QByteArrayList{};
    QTest::newRow("leading comma") << QByteArray("[,1]") << false << QByteArrayList{};
}

void tst_JsonArraySlicer::slices()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QByteArrayList, elements);
    QList<QByteArrayView> slices;
    QCOMPARE(sliceJsonArray(body, &slices), ok);
    if (!ok)
        return;
    QByteArrayList got;
    for (const QByteArrayView &v : slices)
        got.append(v.toByteArray());
    QCOMPARE(got, elements);
}

QTEST_APPLESS_MAIN(tst_JsonArraySlicer)
#include "tst_jsonarrayslicer.moc"
