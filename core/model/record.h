#pragma once

#include <QDateTime>
#include <QString>

namespace Officine::Model {

/// The sync columns every record carries (architecture decision 2).
struct RecordMeta
{
    QString uuid;
    qint64 revision = 0;
    QString workstationId;
    bool deleted = false;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/// How every record stores a moment: UTC, ISO 8601 with milliseconds; empty for no moment.
/// The last moment formatted is remembered (per thread): a command stamps all it writes with
/// the same one.
QString isoUtc(const QDateTime& t);

} // namespace Officine::Model
