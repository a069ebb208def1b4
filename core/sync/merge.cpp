#include "merge.h"

#include <QSet>

namespace Officine::Sync {

bool isRecordMeta(const QString& field)
{
    static const QSet<QString> meta
        = {QStringLiteral("uuid"), QStringLiteral("revision"), QStringLiteral("workstationId"),
           QStringLiteral("updatedAt"), QStringLiteral("createdAt")};
    return meta.contains(field);
}

MergeResult threeWayMerge(const QJsonObject& base, const QJsonObject& local, const QJsonObject& remote)
{
    MergeResult out;
    out.merged = remote;
    QStringList fields = local.keys();
    for (const QString& k : remote.keys()) {
        if (!local.contains(k)) {
            fields << k;
        }
    }
    for (const QString& k : fields) {
        if (isRecordMeta(k)) {
            continue;
        }
        const QJsonValue b = base.value(k);
        const QJsonValue l = local.value(k);
        const QJsonValue r = remote.value(k);
        if (l == r || l == b) {
            continue; // the remote value stands
        }
        // Local changed it; remote did not, or changed it otherwise.
        if (l.isUndefined()) {
            out.merged.remove(k);
        } else {
            out.merged.insert(k, l);
        }
        out.localChangesRemain = true;
        if (r != b) {
            out.conflicts.push_back({k, b, l, r});
        }
    }
    return out;
}

} // namespace Officine::Sync
