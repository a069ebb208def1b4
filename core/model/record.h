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

} // namespace Officine::Model
