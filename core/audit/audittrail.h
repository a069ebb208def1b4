#pragma once

#include "audit/auditentry.h"
#include "audit/auditsync.h"
#include "util/result.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace Officine::Storage {
class Store;
class Query;
} // namespace Officine::Storage

namespace Officine::Audit {

/// A signed statement that a chain's head was (seq, hash) at a given time, made with a
/// pharmacist's card. Kept in its own table as well as in the chain (as a `checkpoint` entry), so
/// that cutting the chain's tail is detected by the checkpoint that outlives it.
struct Checkpoint
{
    QString workstationId;
    qint64 headSeq = 0;
    QByteArray headHash;
    QDateTime signedAt;
    QString signerAccount;
    QString signerNationalId;
    QByteArray certificateDer;
    QByteArray signature; ///< RSA PKCS#1 v1.5 over SHA-256(payload())
    qint64 entrySeq = 0; ///< the `checkpoint` entry that records it in the chain

    /// What the card signs: "OFC1" then workstation, head seq, head hash (hex), signing time and
    /// signer's idNat_PS, each length-prefixed as in the entries' canonical encoding.
    QByteArray payload() const;
};

/// Where a chain starts after audit entries past their retention were purged: the last purged
/// entry's seq and hash.
struct Anchor
{
    QString workstationId;
    qint64 seq = 0;
    QByteArray hash;
};

/// Which entries the viewer wants. Empty fields do not filter.
struct Filter
{
    QString patientUuid;
    QString accountUuid;
    std::optional<Action> action;
    QDateTime from; ///< inclusive
    QDateTime to; ///< exclusive
    int limit = 5000;
};

/// The append-only, hash-chained audit trail in the encrypted store (core/audit).
///
/// Entries are appended inside the caller's transaction (the command executor's), so the entry
/// and the change commit or roll back together; outside a transaction append() opens its own.
/// Each workstation's entries form one chain ordered by a sequence number read and incremented
/// inside the writing transaction (BEGIN IMMEDIATE), never by wall-clock time.
///
/// Thread-safety: as the Store it is given (one thread).
class Trail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    explicit Trail(Storage::Store& store)
        : m_store(store)
    {
    }

    /// Fills uuid (if empty), workstationId, seq, prevHash and hash, then inserts.
    Result<void> append(Entry& entry);
    /// The same for several entries in a row of the chain, its head read once (an import
    /// batch's creation entries).
    Result<void> append(std::vector<Entry>& entries);

    struct Head
    {
        qint64 seq = 0; ///< 0 for an empty chain
        QByteArray hash; ///< the genesis hash for an empty chain
        qint64 chain = 0; ///< audit_chain.id; 0 before the workstation's first entry
    };
    Result<Head> head(const QString& workstationId);
    Result<Head> head();

    /// What became of an entry of another workstation received through the server.
    enum class Received {
        Stored, ///< it continues the local copy of its chain
        AlreadyHeld, ///< the same entry (same hash) is already there
        OutOfOrder, ///< it does not continue the copy (a gap, or another entry at its place)
    };
    /// Stores an entry of another workstation's chain as it was written (`link` and `fields`
    /// from SyncedEntry::verify and ::fields, its hash checked), inside the caller's
    /// transaction. A chain first received after its start (entries purged before it was
    /// pushed) begins at an anchor on the entry before. This workstation's own chain is
    /// never written this way (an error).
    Result<Received> appendReceived(const ChainLink& link, const CanonicalFields& fields);

    /// Records a verified checkpoint: its row and its `checkpoint` entry (by the signer).
    Result<void> addCheckpoint(Checkpoint& checkpoint);
    Result<std::vector<Checkpoint>> checkpoints();
    /// The most recent checkpoint of this workstation, if any.
    Result<std::optional<Checkpoint>> lastCheckpoint();
    Result<std::vector<Anchor>> anchors();

    Result<std::vector<Entry>> find(const Filter& filter);
    Result<qint64> count();

    /// Reads one row of selectEntries() (entryColumns() from entrySource()).
    static Entry fromRow(const Storage::Query& q);
    static const char* entryColumns();
    /// The entries with their workstation UUID: "audit_entry e JOIN audit_chain c".
    static const char* entrySource();
    /// "SELECT entryColumns FROM entrySource " + the clauses given (WHERE/ORDER BY, on e. and c.).
    static QString selectEntries(const QString& clauses);
    /// The chain number of a workstation, if it has entries or had them.
    Result<std::optional<qint64>> chainOf(const QString& workstationId);

private:
    /// The months ("2026-11") a filter's period covers, or the whole trail's.
    Result<QStringList> monthsOf(const Filter& filter);
    Storage::Store& m_store;
};

} // namespace Officine::Audit
