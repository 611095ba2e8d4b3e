// Member-page parser: (1) --check compares the fast byte-level parser with the QJsonDocument path
// on valid pages and on thousands of mutated ones (every result and every error must be equal);
// (2) times both on a page of --page members. Prints one line:
//   parse page=N fast_us=A document_us=B checked=C
// Usage: bench_parse [--check] [--page N] [--mutations M]
#include "benchsupport.h"

#include "model/member.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>

using namespace ElbDesk;

namespace {

QByteArray memberBytes(QRandomGenerator &random, int i)
{
    const auto hex = [&random](int digits) {
        QByteArray text;
        for (int d = 0; d < digits; ++d)
            text += "0123456789abcdef"[random.bounded(16)];
        return text;
    };
    // The sandbox's field order, with the variations the API documents (null names, other health).
    QByteArray name =
        i % 7 == 0 ? QByteArray("null") : '"' + QByteArray("ecs-web-") + QByteArray::number(i) + '"';
    return "{\"server_address\":\"10.0." + QByteArray::number((i >> 8) & 255) + '.' +
           QByteArray::number(i & 255) + "\",\"id\":\"" + hex(32) +
           "\",\"status\":\"ACTIVE\",\"address\":\"100.64.1." + QByteArray::number(i & 255) +
           "\",\"listeners\":[{\"id\":\"" +
           (i % 3 ? QByteArray("65093734fb966b3d70f6af26cc63e125") : hex(32)) +
           "\"}],\"update_time\":\"2026-11-28 10:00:00\",\"create_time\":\"2026-11-28 "
           "10:00:00\",\"server_name\":" +
           name + ",\"server_id\":\"" + hex(8) + '-' + hex(4) + '-' + hex(4) + '-' + hex(4) + '-' + hex(12) +
           "\",\"health_status\":\"" + (i % 5 ? "NORMAL" : "ABNORMAL") + "\"}";
}

QByteArray page(QRandomGenerator &random, int count)
{
    QByteArray body = "[";
    for (int i = 0; i < count; ++i)
        body += (i ? "," : "") + memberBytes(random, i);
    return body + ']';
}

bool same(const Member &a, const Member &b)
{
    return a.id == b.id && a.serverId == b.serverId && a.serverAddress == b.serverAddress &&
           a.address == b.address && a.serverName == b.serverName && a.status == b.status &&
           a.healthStatus == b.healthStatus && a.listenerIds == b.listenerIds && a.rawJson == b.rawJson;
}

// Both parsers on one body: the same outcome, members and error.
bool agree(const QByteArray &body)
{
    const auto fast = parseMemberList(body);
    const auto reference = parseMemberListWithDocument(body);
    if (fast.error != reference.error || fast.value.size() != reference.value.size())
        return false;
    for (qsizetype i = 0; i < fast.value.size(); ++i) {
        if (!same(fast.value.at(i), reference.value.at(i)))
            return false;
    }
    return true;
}

QByteArray mutate(QRandomGenerator &random, QByteArray body)
{
    static const QByteArray pieces[] = {"\"",
                                        "\\",
                                        "\\u00e9",
                                        ",",
                                        "]",
                                        "}",
                                        "{",
                                        "[",
                                        ":",
                                        "null",
                                        "1e999",
                                        "-0.5",
                                        "\xc3\xa9",
                                        "\xff",
                                        " ",
                                        "\n",
                                        "\"id\":\"x\",",
                                        "true",
                                        "0",
                                        "\"server_id\":null,",
                                        "\"id\":\"0123456789abcdef0123456789abcdef\","};
    const int edits = 1 + int(random.bounded(3));
    for (int e = 0; e < edits && !body.isEmpty(); ++e) {
        const qsizetype at = random.bounded(int(body.size()));
        switch (random.bounded(4)) {
        case 0:
            body.remove(at, 1 + random.bounded(4));
            break;
        case 1:
            body[at] = char(random.bounded(256));
            break;
        case 2:
            body.insert(at, pieces[random.bounded(int(std::size(pieces)))]);
            break;
        default:
            body.truncate(at);
            break;
        }
    }
    return body;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("check"), QStringLiteral("compare with the document path")},
                       {QStringLiteral("page"), QStringLiteral("members per timed page"), QStringLiteral("n"),
                        QStringLiteral("500")},
                       {QStringLiteral("mutations"), QStringLiteral("mutated bodies to compare"),
                        QStringLiteral("n"), QStringLiteral("20000")}});
    parser.process(app);
    QRandomGenerator random(7);
    int checked = 0;
    if (parser.isSet(QStringLiteral("check"))) {
        const QList<QByteArray> valid{"[]", " [ ] ", page(random, 1), page(random, 3),
                                      " [ " + memberBytes(random, 1) + " , " + memberBytes(random, 2) +
                                          " ]\n"};
        for (const QByteArray &body : valid) {
            if (!parseMemberList(body).ok() || !agree(body))
                Bench::fail(
                    QStringLiteral("valid page disagrees: %1").arg(QString::fromLatin1(body.left(200))));
            ++checked;
        }
        const int mutations = parser.value(QStringLiteral("mutations")).toInt();
        for (int i = 0; i < mutations; ++i) {
            const QByteArray body = mutate(random, valid.at(2 + i % 3));
            if (!agree(body))
                Bench::fail(QStringLiteral("mutated page disagrees: %1")
                                .arg(QString::fromLatin1(body.toPercentEncoding())));
            ++checked;
        }
    }
    const int size = parser.value(QStringLiteral("page")).toInt();
    const QByteArray body = page(random, size);
    QList<double> fastUs;
    QList<double> documentUs;
    for (int run = 0; run < 15; ++run) {
        QElapsedTimer clock;
        clock.start();
        const auto fast = parseMemberList(body);
        fastUs.append(clock.nsecsElapsed() / 1e3);
        clock.restart();
        const auto reference = parseMemberListWithDocument(body);
        documentUs.append(clock.nsecsElapsed() / 1e3);
        if (!fast.ok() || fast.value.size() != size || !reference.ok())
            Bench::fail(QStringLiteral("the timed page did not parse"));
    }
    std::printf("parse page=%d fast_us=%.0f document_us=%.0f checked=%d\n", size, Bench::median(fastUs),
                Bench::median(documentUs), checked);
    return 0;
}
