#pragma once

#include "audit/auditentry.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Officine::Audit {

/// An audit entry as it syncs (entity `audit_entry`): the 15 canonical fields as the trail
/// stores them, with the chain's hashes, under the names of the inspector export
/// (docs/audit-format.md). The server recomputes the hash from these bytes, so what it anchors
/// is exactly what the workstation's chain covers.
struct ChainLink
{
    QString workstationId;
    qint64 seq = 0;
    QString uuid;
    QByteArray prevHash;
    QByteArray hash;
};

class SyncedEntry
{
    Q_DECLARE_TR_FUNCTIONS(AuditSync)

public:
    static QByteArray payload(const CanonicalFields& fields, const QByteArray& prevHash,
                              const QByteArray& hash);
    /// Reads a payload and checks that its hash is SHA-256(prevHash || canonical(fields)).
    static Result<ChainLink> verify(const QJsonObject& payload);
    /// The canonical fields a payload carries, for storing a pulled entry as it was written.
    static Result<CanonicalFields> fields(const QJsonObject& payload);
};

} // namespace Officine::Audit
