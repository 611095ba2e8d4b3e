#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace ElbDesk {

// One node of the block-YAML subset clouds.yaml uses (YamlSubsetParser). Every scalar stays a
// string: clouds.yaml values are names, URLs and secrets, and "yes" must not become a boolean.
struct YamlNode
{
    enum class Kind { Null, Scalar, Map, Seq };

    Kind kind = Kind::Null;
    QString scalar;
    QList<QPair<QString, YamlNode>> map; // in file order; keys are unique
    QList<YamlNode> seq;
    int line = 0; // 1-based line the node starts on

    [[nodiscard]] bool isMap() const { return kind == Kind::Map; }
    [[nodiscard]] bool isScalar() const { return kind == Kind::Scalar; }
    // The child under `key` of a mapping, or nullptr.
    [[nodiscard]] const YamlNode *value(const QString &key) const
    {
        for (const auto &entry : map) {
            if (entry.first == key)
                return &entry.second;
        }
        return nullptr;
    }
    // The scalar under `key`, or an empty string for a missing, null or non-scalar value.
    [[nodiscard]] QString text(const QString &key) const
    {
        const YamlNode *node = value(key);
        return node && node->isScalar() ? node->scalar : QString();
    }
};

} // namespace ElbDesk
