#pragma once

#include <QString>
#include <QStringView>

namespace ElbDesk {

// The scalars of YamlSubsetParser: plain and quoted values on one line. Each reader returns an
// empty string on success, else what is wrong (without the value: it may be a secret).
class YamlScalars
{
public:
    // A plain scalar up to a comment (in a flow collection also up to ',', ']' or '}'), trimmed;
    // *consumed is how many characters of `text` it took.
    static QString readPlain(QStringView text, bool inFlow, QString *out, int *consumed);
    // A 'single' or "double" quoted scalar starting at text[0]; *end is the index after the
    // closing quote. Double quotes take YAML's escapes (\n, \t, \", \\, \xXX, \uXXXX, \UXXXXXXXX, …).
    static QString readQuoted(QStringView text, QString *out, int *end);
};

} // namespace ElbDesk
