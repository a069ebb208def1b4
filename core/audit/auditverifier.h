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
    };
    Kind kind = Kind::ContentAltered;
    QString workstationId;
    qint64 seq = 0; ///< the entry's sequence number (for checkpoints: the checkpoint entry's)
    QString entryUuid; ///< empty when the entry itself is gone
    QString reason; ///< French, for the user and the CLI
    QString kindId() const; ///< "content", "link", "missing"… for machines
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
    bool intact() const { return !firstBreak; }
    /// "intact : 1 234 entrées, 2 points de contrôle signés" or the first break.
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
    Result<Report> run();

private:
    Storage::Store& m_store;
    const Auth::CardVerifier* m_trust;
    ReaderFactory m_openReader;
    int m_readers = 0;
    qint64 m_splitFrom = 20000;
};

} // namespace Officine::Audit
