#include "record.h"

#include <limits>

namespace Officine::Model {

QString isoUtc(const QDateTime& t)
{
    if (!t.isValid()) {
        return {};
    }
    thread_local qint64 lastMs = std::numeric_limits<qint64>::min();
    thread_local QString lastText;
    const qint64 ms = t.toMSecsSinceEpoch();
    if (ms != lastMs) {
        lastText = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
        lastMs = ms;
    }
    return lastText;
}

} // namespace Officine::Model
