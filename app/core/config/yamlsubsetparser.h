#pragma once

#include "yamlnode.h"

#include <QByteArray>
#include <QString>

namespace ElbDesk {

// A strict reader for the block-YAML subset that clouds.yaml and secure.yaml use: nested block
// mappings and sequences, plain, 'single' and "double" quoted scalars on one line, flow
// collections of scalars on one line ([a, b], {k: v}), comments, a leading "---".
//
// Anything else (anchors, aliases, tags, block scalars | >, multi-line scalars, several
// documents, tabs in indentation, duplicate keys) is refused with an error naming the line,
// rather than guessed at: a misread secret or endpoint is worse than a clear "not supported".
class YamlSubsetParser
{
public:
    struct Result
    {
        YamlNode root; // Null for an empty document
        QString error; // empty on success; already says which line
        int errorLine = 0;
        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    // Pure: no I/O, no global state. Safe on any input (fuzzed).
    static Result parse(const QByteArray &text);

    static constexpr int MaxDepth = 64;
};

} // namespace ElbDesk
