#pragma once

#include "sync/protocol.h"
#include "util/result.h"

#include <QCoreApplication>
#include <functional>

namespace Officine::Server {

class Database;

/// Who a request comes from, once its session was checked.
struct Caller
{
    QString tenantId;
    QString workstationId;
    QString accountId;
    QString nationalId;
};

/// Push and pull over the tenant's records (docs/sync-protocol.md). Every call is one
/// transaction under the caller's tenant, so row-level security bounds what it can touch.
class SyncService
{
    Q_DECLARE_TR_FUNCTIONS(SyncService)

public:
    explicit SyncService(Database& db)
        : m_db(db)
    {
    }

    /// Applies a batch in one transaction, in order: a change already received is acknowledged
    /// with its sequence number (never applied twice); a mutable record's change on a stale base
    /// revision is answered with the server's version and not applied; the rest is applied, each
    /// change numbered. Audit entries must continue the chain the server holds for the
    /// caller's workstation: otherwise the whole batch is refused (Conflict) and an alert kept.
    /// `beforeCommit` runs inside the transaction once the results are known (the server
    /// audit line, so it commits with the push, in the same flush).
    Result<std::vector<Sync::PushResult>>
    push(const Caller& caller, const std::vector<Sync::Change>& changes,
         const std::function<void(const std::vector<Sync::PushResult>&)>& beforeCommit = {});
    /// The records changed after `after`, each once in its latest state, oldest first.
    Result<Sync::PullPage> pull(const Caller& caller, qint64 after, int limit,
                                const std::function<void(const Sync::PullPage&)>& beforeCommit = {});
    /// The server's head of each workstation's audit chain (seq, hash hex).
    Result<QJsonObject> auditHeads(const Caller& caller);

private:
    Result<void> checkAuditChain(const Caller& caller, const std::vector<const Sync::Change*>& entries);
    Database& m_db;
};

} // namespace Officine::Server
