#pragma once

#include "audit/audittrail.h"
#include "util/result.h"

#include <QCoreApplication>
#include <functional>
#include <memory>
#include <optional>

namespace Officine::Auth {
class CardVerifier;
}

namespace Officine::Audit {

/// The first anomaly found, named by the entry (or checkpoint) where it shows.
struct Break
{
    enum class Kind {
        ContentAltered, ///< the entry's hash does not match its content
        LinkBroken, ///< its prev_hash is not the previous entry's hash (reordered, rewritten)
        Missing, ///< a gap in the sequence (entries deleted)
        Truncated, ///< a checkpoint covers entries that are gone (the tail was cut)
        CheckpointMismatch, ///< the signed head hash differs from the chain's (chain rewritten)
        CheckpointSignature, ///< the signature or its certificate does not verify
        CheckpointOrphan, ///< a checkpoint entry without its signed row, or the reverse
        Emptied, ///< no entry where there must be some (records without a trail, a bare chain)
        BehindVerified, ///< the chain ends before, or differs at, the head an earlier run verified
        BehindServer, ///< the chain ends before, or differs at, the head the sync server anchored
    };
    Kind kind = Kind::ContentAltered;
    QString workstationId;
    qint64 seq = 0; ///< the entry's sequence number (for checkpoints: the checkpoint entry's)
    QString entryUuid; ///< empty when the entry itself is gone
    QString reason; ///< French, for the user and the CLI
    QString kindId() const; ///< "content", "link", "missing"… for machines
};

/// Where a chain ends, and how much of it is vouched for outside this store.
struct ChainHead
{
    QString workstationId;
    qint64 seq = 0; ///< the last entry walked
    QByteArray hash;
    qint64 signedSeq = 0; ///< the last entry covered by a valid signed checkpoint (0: none)
    QDateTime signedAt;
};

struct Report
{
    qint64 entries = 0;
    int chains = 0;
    int checkpoints = 0;
    /// Checkpoints whose certificate could not be checked against a trust anchor (no trust
    /// store configured): their signature was checked against their own certificate only.
    int checkpointsUnanchored = 0;
    qint64 anomalies = 0;
    std::optional<Break> firstBreak;
    std::vector<ChainHead> heads; ///< one per chain walked, in workstation order
    bool intact() const { return !firstBreak; }
    /// "intact : 1 234 entrées, 2 points de contrôle signés", then what "intact" rests on: up to
    /// which entry each chain is anchored by a signed checkpoint, and how many entries after it
    /// only this store vouches for; or the first break.
    QString summary() const;
    /// The `verify` entry that records this report, run from `origin` ("cli", "startup"):
    /// the counts and the first break's kind and sequence.
    Entry auditEntry(const QString& origin) const;
};

/// Walks every chain and every checkpoint (the CLI's `audit verify`, the app at start-up).
/// Each entry is checked against its own stored prev_hash and hash, and its prev_hash against the
/// previous entry's hash; the sequence must have no gap. Each checkpoint's signature must verify
/// over its payload with its certificate, the certificate must name the signer and, when a
/// CardVerifier is given, chain to a trust anchor at the signing time; the entry at the signed
/// head must still exist with the signed hash.
class Verifier
{
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)

public:
    explicit Verifier(Storage::Store& store, const Auth::CardVerifier* trust = nullptr)
        : m_store(store)
        , m_trust(trust)
    {
    }
    /// Opens another read connection on the same store (on the thread that will use it).
    using ReaderFactory = std::function<Result<std::unique_ptr<Storage::Store>>()>;
    /// Long chains are cut into ranges walked in parallel by this connection and up to
    /// `readers` more, each on its own thread; the ranges are joined in order afterwards, so
    /// the report is the same as a single walk's. A chain is cut only when each range would
    /// hold at least `splitFrom` entries (below, a second connection costs more than it saves).
    Verifier& withReaders(ReaderFactory openReader, int readers, qint64 splitFrom = 20000);
    /// Checks, besides the chains and checkpoints: that a store holding records (patients,
    /// accounts) has a trail, that no chain is bare without a purge anchor, and that each chain
    /// still reaches, with the same hash, the head the last intact run remembered.
    Result<Report> run();

    /// After an intact run: remembers each chain's head in the store (meta), so that a later
    /// run catches a tail cut off or a chain rewritten since. Call on the writing connection.
    static Result<void> rememberHeads(Storage::Store& store, const Report& report, const QDateTime& at);
    static constexpr auto verifiedHeadsKey = "audit_verified_heads";

private:
    Storage::Store& m_store;
    const Auth::CardVerifier* m_trust;
    ReaderFactory m_openReader;
    int m_readers = 0;
    qint64 m_splitFrom = 20000;
};

} // namespace Officine::Audit
