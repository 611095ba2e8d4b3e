// libFuzzer: clouds.yaml (and secure.yaml) as an operator's file would reach CloudsYamlReader and
// YamlSubsetParser. The input is clouds.yaml, optionally followed by "\n%%secure.yaml%%\n" and a
// secure.yaml. Whatever the text, the reader ends with clouds or a clear error naming a line.
#include "fuzzsupport.h"

#include "config/cloudsyamlreader.h"
#include "config/yamlsubsetparser.h"

using namespace ElbDesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::quietQt();
    return 0;
}

namespace {

// A secret long enough not to appear in a message by chance must never be quoted in one.
void checkNotQuoted(const QStringList &messages, const QString &secret, const char *what)
{
    if (secret.size() < 12)
        return;
    for (const QString &message : messages)
        Fuzz::check(!message.contains(secret), what, message.left(200));
}

void checkResult(const CloudsYamlReader::Result &result, qsizetype lines)
{
    if (!result.ok()) {
        Fuzz::checkError(result.error, "CloudsYamlReader::parse");
        Fuzz::check(result.clouds.isEmpty(), "a failed file still gives clouds");
        Fuzz::check(result.errorLine >= 0 && result.errorLine <= lines + 1, "error line outside the file",
                    QString::number(result.errorLine));
        return;
    }
    for (const CloudEntry &entry : result.clouds) {
        Fuzz::check(result.find(entry.name) != nullptr, "a listed cloud cannot be found",
                    entry.name.left(80));
        const QStringList messages = entry.errors + entry.warnings;
        checkNotQuoted(messages, entry.password, "a cloud's message quotes its password");
        checkNotQuoted(messages, entry.sk, "a cloud's message quotes its SK");
        const Connection connection = entry.toConnection();
        Fuzz::check(connection.name == entry.name, "toConnection() renamed the cloud");
        (void)entry.credentials();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    static const QByteArray separator = QByteArrayLiteral("\n%%secure.yaml%%\n");
    const qsizetype at = input.indexOf(separator);
    const QByteArray clouds = at < 0 ? input : input.left(at);
    const QByteArray secure = at < 0 ? QByteArray() : input.mid(at + separator.size());

    const YamlSubsetParser::Result yaml = YamlSubsetParser::parse(clouds);
    if (!yaml.ok())
        Fuzz::checkError(yaml.error, "YamlSubsetParser::parse");

    const qsizetype lines = clouds.count('\n') + secure.count('\n') + 1;
    checkResult(CloudsYamlReader::parse(clouds), lines);
    if (at >= 0)
        checkResult(CloudsYamlReader::parse(clouds, secure), lines);
    return 0;
}
