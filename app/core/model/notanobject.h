#pragma once

#include "jsonreader.h"

#include <QCoreApplication>

namespace ElbDesk {

// The one wording for "an element of a list is not an object", shared by every value type's fromJson().
inline QString notAnObject(const QString &context, const QJsonValue &value)
{
    return QCoreApplication::translate("ElbDesk::JsonReader", "%1: expected an object, got %2")
        .arg(context, JsonReader::typeName(value));
}

} // namespace ElbDesk
