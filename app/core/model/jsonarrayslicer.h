#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace ElbDesk {

// Splits the top-level JSON array in `body` into the exact bytes of each element, without
// building a document: strings (with escapes) and nesting are honoured. Used to keep each member
// as the API sent it, so --json prints the cloud's own text and no 100,000-member re-serialisation
// is needed. Returns false when the body is not a well-bracketed array.
bool sliceJsonArray(const QByteArray &body, QList<QByteArrayView> *elements);

} // namespace ElbDesk
