#pragma once

#include "sync/adapters.h"
#include "sync/journal.h"
#include "sync/merge.h"
#include "sync/protocol.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <functional>
#include <memory>
#include <vector>

namespace Officine::Storage {
class Store;
}

namespace Officine::Sync {

/// Where the changes go and come from: officine-server over HTTPS (HttpTransport), or a test's
/// stand-in. Calls block; the engine runs on its own thread with its own store connection.
class SyncTransport
{
public:
    virtual ~SyncTransport() = default;
    virtual Result<std::vector<PushResult>> push(const std::vector<Change>& changes) = 0;
    virtual Result<PullPage> pull(qint64 after, int limit) = 0;
};

struct SyncOptions
{
    int pushBatch = 500; ///< changes per push request
    int pullPage = 5000; ///< changes per pull request (the server's maximum)
    /// Pages fetched and decoded ahead of the one being written: the writer stops for each
    /// catch-up (catchUpEvery) while the next pages keep coming (a bound on memory too).
    int prefetchPages = 2;
    /// During a pull, the deferred work of the adapters (EntityAdapter::catchUp: the patient
    /// files' search rows) is done after the last page, and after any page that brings the
    /// records received since the last catch-up to this many (a bound on the last transaction).
    int catchUpEvery = 50000;
    /// A pull that would delete more than this share of the local records of a type (and at
    /// least deletionMinimum of them) waits for the titulaire's confirmation.
    double deletionShare = 0.2;
    int deletionMinimum = 20;
};

struct SyncReport
{
    int pushed = 0; ///< changes the server applied
    int acknowledged = 0; ///< changes it already had (a replay)
    int dropped = 0; ///< outbox rows with nothing left to send (a record created then erased here)
    int auditEntries = 0; ///< audit entries anchored on the server
    int auditReceived = 0; ///< other workstations' audit entries stored here
    int auditRefused = 0; ///< of theirs, not stored (not intact, or out of their chain's order)
    int pulled = 0; ///< changes received
    int applied = 0; ///< of which written here
    int newConflicts = 0;
    int duplicateProposals = 0; ///< files created here and elsewhere offline, proposed for a merge
    bool waitingForDeletionConfirmation = false;
    qint64 cursor = 0;
};

/// The sync client (docs/sync-protocol.md, "Client"). Its journal lives in the store
/// (schema v11): every step is a transaction, so a process killed at any point resumes where
/// it was — a batch sent and not acknowledged is sent again as it was (same change ids: the
/// server acknowledges, never applies twice), a pulled page is applied with its cursor or not
/// at all.
///
/// Push: the outbox's rows, one change per record (its state as stored now, on the server
/// revision it was made from); records with an unresolved conflict wait. Then the
/// workstation's own audit entries, which the server anchors. Pull: the records changed
/// since the cursor; a record with local changes not yet pushed is merged field by field
/// (threeWayMerge) against the last server version seen; a field changed on both sides is a
/// conflict kept for a person, its local value kept meanwhile and the record not pushed.
/// How far a pull has come, after each page written (a new workstation's first pull).
struct PullProgress
{
    qint64 received = 0; ///< changes received by this pull so far
    int percent = 0; ///< share of the way to the server's newest change, 0-100
    bool more = false; ///< pages remain
};

class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)

public:
    SyncEngine(Storage::Store& store, SyncTransport& transport, QString workstationId,
               SyncOptions options = {});
    ~SyncEngine();

    /// Push, then pull, until both are done; the first error stops it (the journal keeps
    /// what was done).
    Result<SyncReport> run();
    Result<void> push(SyncReport& report);
    Result<void> pull(SyncReport& report);
    Result<void> proposeDuplicates(SyncReport& report);
    Result<void> markForDuplicateCheck(const QString& uuid, const char* side);

    /// Records with local changes not yet on the server (the status bar's count).
    Result<qint64> pendingCount();
    Result<std::vector<ConflictRecord>> openConflicts();
    /// Marks a conflict resolved (after the command wrote the chosen value).
    Result<void> markResolved(const QString& conflictUuid, const QString& accountUuid,
                              const QString& resolution);
    std::optional<DeletionHold> deletionHold();
    /// The titulaire allows the held deletions; the next pull applies them.
    Result<void> confirmDeletions();
    /// Appends a line to the sync panel's journal (outcome "success" or "failure", a French
    /// detail without health data).
    Result<void> log(const QString& kind, const QString& outcome, const QString& detail);
    /// Called on the engine's thread after each pulled page is committed.
    void setProgressHandler(std::function<void(const PullProgress&)> handler)
    {
        m_progress = std::move(handler);
    }
    /// The share of the way a pull that started after `start` has come at `next`, the
    /// server's newest sequence being `head` (sequences are shared by all pharmacies, so
    /// this is a share of the way, not a count).
    static int progressPercent(qint64 start, qint64 next, qint64 head, bool more);

    static constexpr auto kCursorKey = "pull_cursor";
    static constexpr auto kAuditPushedKey = "audit_pushed_seq";

private:
    struct Inflight;
    EntityAdapter* adapter(const QString& entity) const;
    Result<std::vector<Inflight>> inflight();
    Result<int> buildBatch(SyncReport& report);
    Result<bool> pushAudit(SyncReport& report);
    /// Another workstation's audit entry, kept in the local copy of its chain (pull).
    Result<void> receiveAuditEntry(const ServerChange& change, SyncReport& report);
    Result<void> applyResults(const std::vector<Inflight>& sent, const std::vector<PushResult>& results,
                              SyncReport& report);
    /// A server version of a mutable record, with or without local changes waiting.
    Result<void> receiveMutable(const ServerChange& change, bool localPending, SyncReport& report);
    Result<QSet<QString>> pendingRecords();
    Result<QString> state(const char* key);
    Result<void> setState(const char* key, const QString& value);

    Storage::Store& m_store;
    SyncTransport& m_transport;
    QString m_workstationId;
    SyncOptions m_options;
    std::vector<std::unique_ptr<EntityAdapter>> m_adapters;
    std::function<void(const PullProgress&)> m_progress;
};

} // namespace Officine::Sync
