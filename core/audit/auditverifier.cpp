#include "auditverifier.h"

#include "auth/cardverifier.h"
#include "storage/store.h"
#include "util/threadcleanup.h"

#include <QFuture>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <atomic>
#include <climits>
#include <cstring>

namespace Officine::Audit {

QString Break::kindId() const
{
    switch (kind) {
    case Kind::ContentAltered:
        return QStringLiteral("content");
    case Kind::LinkBroken:
        return QStringLiteral("link");
    case Kind::Missing:
        return QStringLiteral("missing");
    case Kind::Truncated:
        return QStringLiteral("truncated");
    case Kind::CheckpointMismatch:
        return QStringLiteral("checkpoint-mismatch");
    case Kind::CheckpointSignature:
        return QStringLiteral("checkpoint-signature");
    case Kind::CheckpointOrphan:
        return QStringLiteral("checkpoint-orphan");
    case Kind::Emptied:
        return QStringLiteral("emptied");
    case Kind::BehindServer:
        return QStringLiteral("server-anchor");
    case Kind::BehindVerified:
        return QStringLiteral("behind-verified");
    }
    return {};
}

namespace {
/// "ancré jusqu'à l'entrée n° 1 200 par le point de contrôle signé le …; 34 entrées plus
/// récentes garanties par cette base seule", or that nothing is anchored.
QString anchoring(const ChainHead& h, bool nameTheWorkstation)
{
    const QLocale fr(QLocale::French);
    const QString where = nameTheWorkstation
        ? QCoreApplication::translate("AuditVerifier", "poste %1 : ").arg(h.workstationId.left(8))
        : QString();
    if (h.signedSeq <= 0) {
        return where
            + QCoreApplication::translate(
                  "AuditVerifier",
                  "aucun point de contrôle signé : les %1 entrées ne sont garanties que "
                  "par cette base")
                  .arg(fr.toString(h.seq));
    }
    const int newer = static_cast<int>(qBound(qint64(0), h.seq - h.signedSeq, qint64(INT_MAX)));
    const QString signedAt = fr.toString(h.signedAt.toLocalTime(), QLocale::ShortFormat);
    return where
        + QCoreApplication::translate(
              "AuditVerifier",
              "ancré jusqu'à l'entrée n° %1 par le point de contrôle signé le %2 ; %n "
              "entrée(s) plus récente(s) garantie(s) par cette base seule",
              nullptr, newer)
              .arg(fr.toString(h.signedSeq), signedAt);
}
} // namespace

QString Report::summary() const
{
    const QLocale fr(QLocale::French);
    if (firstBreak) {
        return QCoreApplication::translate("AuditVerifier",
                                           "ALTÉRÉ : %1 (poste %2, entrée n° %3%4). %5 anomalie(s) sur %6 "
                                           "entrées.")
            .arg(firstBreak->reason, firstBreak->workstationId, fr.toString(firstBreak->seq),
                 firstBreak->entryUuid.isEmpty() ? QString() : QStringLiteral(", ") + firstBreak->entryUuid,
                 fr.toString(anomalies), fr.toString(entries));
    }
    QString text = QCoreApplication::translate("AuditVerifier",
                                               "intact : %1 entrées, %2 chaîne(s), %3 point(s) de contrôle "
                                               "signé(s)")
                       .arg(fr.toString(entries), fr.toString(chains), fr.toString(checkpoints));
    if (checkpointsUnanchored > 0) {
        text
            += QCoreApplication::translate("AuditVerifier",
                                           " (%1 certificat(s) non rattaché(s) à une autorité de confiance : "
                                           "aucun magasin de confiance configuré)")
                   .arg(checkpointsUnanchored);
    }
    // What "intact" proves: the chain is consistent with itself; only a signed checkpoint (and,
    // with sync, the server's copy of the heads) vouches for it against someone holding the key.
    for (const ChainHead& h : heads) {
        text += QChar(0x00a0) + QStringLiteral("; ") + anchoring(h, heads.size() > 1);
    }
    return text;
}

Entry Report::auditEntry(const QString& origin) const
{
    Entry e;
    e.action = Action::Verify;
    e.targetType = QStringLiteral("audit");
    e.outcome = intact() ? Outcome::Success : Outcome::Failure;
    e.detail = QStringLiteral("%1;entries=%2;anomalies=%3").arg(origin).arg(entries).arg(anomalies);
    if (firstBreak) {
        e.reason = firstBreak->kindId() + u':' + QString::number(firstBreak->seq);
    }
    return e;
}

namespace {

/// One chain's entries from `lo` to `hi`, walked on one connection.
struct Range
{
    qint64 chain = 0;
    QString workstationId;
    qint64 lo = 0;
    qint64 hi = 0;
    /// A copy of another workstation's chain, received through the server: its checkpoints'
    /// signatures are kept where they were made.
    bool received = false;
};

/// What a range's walk found. Its first entry's sequence and link are checked when the ranges
/// are joined in order (only then is the previous entry known); everything else here.
struct Segment
{
    qint64 entries = 0;
    qint64 anomalies = 0;
    std::vector<Break> breaks; ///< at most 1000 kept
    qint64 firstSeq = 0; ///< 0: no entry in the range
    QString firstUuid;
    QByteArray firstPrev;
    qint64 lastSeq = 0;
    QByteArray lastHash;
    std::vector<size_t> headsSeen; ///< indexes of checkpoints whose signed head was found
    std::vector<size_t> entriesSeen; ///< indexes of checkpoints whose entry was found
};

struct Checkpoints
{
    const std::vector<Checkpoint>* all = nullptr;
    /// workstation → (seq → checkpoint index), for the signed heads and the checkpoint entries.
    QHash<QString, QHash<qint64, size_t>> byHead;
    QHash<QString, QHash<qint64, size_t>> byEntry;
};

QString signedAtText(const Checkpoint& c)
{
    return QLocale(QLocale::French).toString(c.signedAt.toLocalTime(), QLocale::ShortFormat);
}

/// The SQL function that checks one entry where SQLite holds it: 1 when SHA-256(prev_hash ||
/// canonical encoding) equals the stored hash. Its 17 arguments are the workstation UUID and the
/// entry's columns in canonical order, then prev_hash and hash. Read in place, the columns are
/// not copied out one by one as a result row would (SQLite copies every text result column).
const QString kCheckFunction = QStringLiteral("officine_audit_entry_intact");

qint64 entryIntact(const Storage::FunctionArgs& args)
{
    thread_local Sha256 sha;
    thread_local QByteArray buffer;
    if (args.count() != 17) {
        return 0;
    }
    CanonicalViews fields;
    char digits[24];
    {
        // The sequence as decimal text.
        int n = 0;
        for (quint64 v = static_cast<quint64>(args.integer(1)); n == 0 || v > 0; v /= 10) {
            digits[sizeof digits - 1 - n++] = static_cast<char>('0' + v % 10);
        }
        fields[1] = QByteArrayView(digits + sizeof digits - n, n);
    }
    fields[0] = args.bytes(0);
    for (int c = 2; c < 15; ++c) {
        fields[size_t(c)] = args.bytes(c);
    }
    canonicalInto(buffer, fields);
    const QByteArrayView prev = args.bytes(15);
    const QByteArrayView hash = args.bytes(16);
    unsigned char digest[32];
    sha.chain(prev.data(), prev.size(), buffer.constData(), buffer.size(), digest);
    return hash == QByteArrayView(reinterpret_cast<const char*>(digest), 32) ? 1 : 0;
}

Result<Segment> walk(Storage::Store& store, const Range& range, const Checkpoints& cps)
{
    Segment seg;
    auto addBreak = [&seg](Break b) {
        ++seg.anomalies;
        if (seg.breaks.size() < 1000) {
            seg.breaks.push_back(std::move(b));
        }
    };
    if (!store.hasFunction(kCheckFunction)) {
        if (auto r = store.defineFunction(kCheckFunction, 17, entryIntact); !r) {
            return fail(r.error());
        }
    }
    auto q = store.query(QStringLiteral(
        "SELECT seq, officine_audit_entry_intact(?4, seq, uuid, at, account_uuid, national_id, action, "
        "target_type, target_uuid, patient_uuid, outcome, reason, fields, justification, detail, prev_hash, "
        "hash), action = 'checkpoint' AND outcome = 'success', prev_hash, hash FROM audit_entry WHERE chain "
        "= ?1 AND seq BETWEEN ?2 "
        "AND ?3 ORDER BY seq"));
    if (!q) {
        return fail(q.error());
    }
    q->bind(1, range.chain).bind(2, range.lo).bind(3, range.hi).bind(4, range.workstationId);
    // An entry's UUID, read only to name it in a report.
    auto uuidOf = [&store, &range](qint64 seq) {
        auto u = store.query(QStringLiteral("SELECT uuid FROM audit_entry WHERE chain = ?1 AND seq = ?2"));
        if (!u) {
            return QString();
        }
        u->bind(1, range.chain).bind(2, seq);
        auto row = u->next();
        return row && *row ? u->text(0) : QString();
    };
    const auto h = cps.byHead.constFind(range.workstationId);
    const QHash<qint64, size_t>* heads = h == cps.byHead.cend() ? nullptr : &*h;
    const auto ce = cps.byEntry.constFind(range.workstationId);
    const QHash<qint64, size_t>* entryCheckpoints = ce == cps.byEntry.cend() ? nullptr : &*ce;

    QByteArray prev(32, '\0');
    qint64 expected = 0;
    for (;;) {
        auto row = q->next();
        if (!row) {
            return fail(row.error());
        }
        if (!*row) {
            break;
        }
        const qint64 seq = q->integer(0);
        const QByteArrayView prevStored = q->blobView(3);
        const QByteArrayView hashStored = q->blobView(4);
        ++seg.entries;
        if (seg.firstSeq == 0) {
            seg.firstSeq = seq;
            seg.firstUuid = uuidOf(seq);
            seg.firstPrev = prevStored.toByteArray();
        } else if (seq != expected) {
            addBreak({Break::Kind::Missing, range.workstationId, seq, uuidOf(seq),
                      seq > expected ? Verifier::tr("entrée(s) n° %1 à %2 supprimée(s) : la séquence saute "
                                                    "jusqu'à cette entrée")
                                           .arg(expected)
                                           .arg(seq - 1)
                                     : Verifier::tr("numéro de séquence en désordre")});
        } else if (prevStored != QByteArrayView(prev)) {
            addBreak({Break::Kind::LinkBroken, range.workstationId, seq, uuidOf(seq),
                      Verifier::tr("le lien vers l'entrée précédente est rompu (entrées réordonnées ou "
                                   "réécrites)")});
        }
        if (q->integer(1) != 1) {
            addBreak({Break::Kind::ContentAltered, range.workstationId, seq, uuidOf(seq),
                      Verifier::tr("le contenu de l'entrée a été modifié (empreinte SHA-256 différente)")});
        }
        if (heads) {
            if (const auto hd = heads->constFind(seq); hd != heads->cend()) {
                seg.headsSeen.push_back(*hd);
                const Checkpoint& c = (*cps.all)[*hd];
                if (hashStored != QByteArrayView(c.headHash)) {
                    addBreak(
                        {Break::Kind::CheckpointMismatch, range.workstationId, seq, uuidOf(seq),
                         Verifier::tr("cette entrée ne correspond plus à la tête de chaîne signée le %1 : "
                                      "la chaîne a été réécrite")
                             .arg(signedAtText(c))});
                }
            }
        }
        if (q->integer(2) == 1) {
            const auto e = entryCheckpoints ? entryCheckpoints->constFind(seq)
                                            : QHash<qint64, size_t>::const_iterator();
            if (range.received) {
                // A copy's checkpoint entries have their signature on their own workstation.
            } else if (!entryCheckpoints || e == entryCheckpoints->cend()) {
                addBreak({Break::Kind::CheckpointOrphan, range.workstationId, seq, uuidOf(seq),
                          Verifier::tr("point de contrôle enregistré dans la chaîne mais sa signature a "
                                       "disparu")});
            } else {
                seg.entriesSeen.push_back(*e);
            }
        }
        if (hashStored.size() == 32) {
            std::memcpy(prev.data(), hashStored.data(), 32);
        } else {
            prev = hashStored.toByteArray();
        }
        expected = seq + 1;
        seg.lastSeq = seq;
    }
    seg.lastHash = prev;
    return seg;
}

} // namespace

Verifier& Verifier::withReaders(ReaderFactory openReader, int readers, qint64 splitFrom)
{
    m_openReader = std::move(openReader);
    m_readers = std::max(0, readers);
    m_splitFrom = std::max<qint64>(1, splitFrom);
    return *this;
}

Result<Report> Verifier::run()
{
    Report report;
    std::vector<Break> breaks;
    auto addBreak = [&](Break b) {
        ++report.anomalies;
        if (breaks.size() < 1000) {
            breaks.push_back(std::move(b));
        }
    };

    // One read snapshot for the anchors, the checkpoints and the ranges. Extra readers take
    // their snapshot later: the trail only grows (the ranges are fixed here), except for the
    // retention job's purge of entries past 10 years, which the caller does not run meanwhile.
    auto snapshot = Storage::Transaction::beginRead(m_store);
    if (!snapshot) {
        return fail(snapshot.error());
    }

    Trail trail(m_store);
    auto anchors = trail.anchors();
    if (!anchors) {
        return fail(anchors.error());
    }
    QHash<QString, Anchor> anchorOf;
    for (const Anchor& a : *anchors) {
        anchorOf.insert(a.workstationId, a);
    }
    auto checkpoints = trail.checkpoints();
    if (!checkpoints) {
        return fail(checkpoints.error());
    }
    report.checkpoints = static_cast<int>(checkpoints->size());
    Checkpoints cps;
    cps.all = &*checkpoints;
    for (size_t i = 0; i < checkpoints->size(); ++i) {
        const Checkpoint& c = (*checkpoints)[i];
        cps.byHead[c.workstationId].insert(c.headSeq, i);
        cps.byEntry[c.workstationId].insert(c.entrySeq, i);
    }

    // Each chain, in workstation order, cut into ranges when it is long and readers are offered.
    auto chainsQuery = m_store.query(QStringLiteral(
        "SELECT c.id, c.workstation_id, (SELECT min(seq) FROM audit_entry WHERE chain = c.id), "
        "(SELECT max(seq) FROM audit_entry WHERE chain = c.id), c.received FROM audit_chain c ORDER BY "
        "c.workstation_id"));
    if (!chainsQuery) {
        return fail(chainsQuery.error());
    }
    std::vector<Range> ranges;
    std::vector<std::pair<QString, bool>> chainsSeen; ///< workstation, has entries
    const int threads = m_openReader ? 1 + m_readers : 1;
    for (;;) {
        auto row = chainsQuery->next();
        if (!row) {
            return fail(row.error());
        }
        if (!*row) {
            break;
        }
        const qint64 chain = chainsQuery->integer(0);
        const QString ws = chainsQuery->text(1);
        chainsSeen.emplace_back(ws, !chainsQuery->isNull(2));
        if (chainsQuery->isNull(2)) {
            continue; // no entry left: fine after a purge (an anchor), checked below
        }
        const qint64 lo = chainsQuery->integer(2);
        const qint64 hi = chainsQuery->integer(3);
        const bool received = chainsQuery->integer(4) != 0;
        const qint64 span = hi - lo + 1;
        const qint64 parts = std::clamp<qint64>(span / m_splitFrom, 1, threads);
        for (qint64 p = 0; p < parts; ++p) {
            ranges.push_back({chain, ws, lo + span * p / parts, lo + span * (p + 1) / parts - 1, received});
        }
    }

    // The ranges are taken in turn by this connection and by the readers, each on its thread.
    std::vector<std::optional<Result<Segment>>> segments(ranges.size());
    std::atomic<size_t> nextRange {0};
    auto work = [&](Storage::Store& store) {
        for (size_t i = nextRange++; i < ranges.size(); i = nextRange++) {
            segments[i] = walk(store, ranges[i], cps);
        }
    };
    // Workers as everywhere else in core (QtConcurrent), on a pool of this walk's own: the
    // start-up verification itself runs on the global pool, which must not be starved.
    QThreadPool pool;
    const qint64 readersUseful = static_cast<qint64>(ranges.size()) - 1;
    const int readers = static_cast<int>(std::min<qint64>(m_openReader ? m_readers : 0, readersUseful));
    pool.setMaxThreadCount(std::max(1, readers));
    QList<QFuture<void>> workers;
    for (int r = 0; r < readers; ++r) {
        workers << QtConcurrent::run(&pool, [&]() {
            const ThreadCryptoScope cryptoState;
            auto reader = m_openReader();
            if (!reader) {
                return; // this connection does the reader's share
            }
            auto tx = Storage::Transaction::beginRead(**reader);
            if (!tx) {
                return;
            }
            work(**reader);
        });
    }
    work(m_store);
    for (QFuture<void>& f : workers) {
        f.waitForFinished();
    }

    // The join, in order: each range's first entry against the end of the previous one.
    struct ChainEnd
    {
        qint64 expected = 1;
        QByteArray prev;
        qint64 last = 0;
    };
    QHash<QString, ChainEnd> ends;
    std::vector<bool> headSeen(checkpoints->size(), false);
    std::vector<bool> entrySeen(checkpoints->size(), false);
    for (size_t i = 0; i < ranges.size(); ++i) {
        if (!segments[i]) {
            return fail(ErrorCode::Internal, tr("Erreur interne de la vérification du journal."),
                        QStringLiteral("audit range not walked"));
        }
        if (!*segments[i]) {
            return fail(segments[i]->error());
        }
        const Segment& seg = **segments[i];
        const Range& range = ranges[i];
        if (!ends.contains(range.workstationId)) {
            ++report.chains;
            const auto a = anchorOf.constFind(range.workstationId);
            ends.insert(range.workstationId,
                        ChainEnd {a == anchorOf.cend() ? 1 : a->seq + 1,
                                  a == anchorOf.cend() ? genesisHash() : a->hash, 0});
        }
        ChainEnd& end = ends[range.workstationId];
        report.entries += seg.entries;
        if (seg.firstSeq != 0) {
            if (seg.firstSeq != end.expected) {
                addBreak(
                    {Break::Kind::Missing, range.workstationId, seg.firstSeq, seg.firstUuid,
                     seg.firstSeq > end.expected
                         ? tr("entrée(s) n° %1 à %2 supprimée(s) : la séquence saute jusqu'à cette entrée")
                               .arg(end.expected)
                               .arg(seg.firstSeq - 1)
                         : tr("numéro de séquence en désordre")});
            } else if (seg.firstPrev != end.prev) {
                addBreak(
                    {Break::Kind::LinkBroken, range.workstationId, seg.firstSeq, seg.firstUuid,
                     tr("le lien vers l'entrée précédente est rompu (entrées réordonnées ou réécrites)")});
            }
            end.expected = seg.lastSeq + 1;
            end.prev = seg.lastHash;
            end.last = seg.lastSeq;
        }
        report.anomalies += seg.anomalies;
        for (const Break& b : seg.breaks) {
            if (breaks.size() < 1000) {
                breaks.push_back(b);
            }
        }
        for (size_t h : seg.headsSeen) {
            headSeen[h] = true;
        }
        for (size_t e : seg.entriesSeen) {
            entrySeen[e] = true;
        }
    }
    QHash<QString, qint64> lastOf;
    for (auto it = ends.cbegin(); it != ends.cend(); ++it) {
        lastOf.insert(it.key(), it->last);
    }
    // A chain listed with no entry left and no purge anchor was emptied by hand.
    for (const auto& [ws, hasEntries] : chainsSeen) {
        if (!hasEntries && !anchorOf.contains(ws)) {
            addBreak({Break::Kind::Emptied, ws, 1, QString(),
                      tr("la chaîne de ce poste ne contient plus aucune entrée, sans trace d'une purge : "
                         "le journal a été vidé")});
        }
    }
    // A store that holds records has a trail: each record's creation was an entry.
    if (report.entries == 0 && anchors->empty()) {
        auto records = m_store.scalar(
            QStringLiteral("SELECT (SELECT count(*) FROM patient) + (SELECT count(*) FROM staff_account)"));
        if (!records) {
            return fail(records.error());
        }
        if (*records > 0) {
            addBreak({Break::Kind::Emptied, m_store.workstationId(), 1, QString(),
                      tr("le journal est vide alors que la base contient %n dossier(s) ou compte(s) : il a "
                         "été vidé",
                         nullptr, int(std::min<qint64>(*records, INT_MAX)))});
        }
    }
    // Each chain must still reach the head the last intact run saw, with the same hash: a cut
    // tail, or a tail rewritten since, shows here even when the chain is consistent with itself.
    const QJsonObject remembered
        = QJsonDocument::fromJson(m_store.meta(QString::fromLatin1(verifiedHeadsKey)).toUtf8()).object();
    for (auto it = remembered.begin(); it != remembered.end(); ++it) {
        const QJsonObject head = it.value().toObject();
        const qint64 seq = head.value(QStringLiteral("seq")).toInteger();
        const QByteArray hash = QByteArray::fromHex(head.value(QStringLiteral("hash")).toString().toLatin1());
        const QString when = QLocale(QLocale::French)
                                 .toString(QDateTime::fromString(head.value(QStringLiteral("at")).toString(),
                                                                 Qt::ISODateWithMs)
                                               .toLocalTime(),
                                           QLocale::ShortFormat);
        const qint64 last = lastOf.value(it.key(), 0);
        if (last < seq) {
            addBreak(
                {Break::Kind::BehindVerified, it.key(), last + 1, QString(),
                 tr("la chaîne s'arrête à l'entrée n° %1 alors qu'elle avait été vérifiée jusqu'à l'entrée "
                    "n° %2 le %3 : les dernières entrées ont été supprimées")
                     .arg(last)
                     .arg(seq)
                     .arg(when)});
            continue;
        }
        auto q
            = m_store.query(QStringLiteral("SELECT e.hash, e.uuid FROM audit_entry e JOIN audit_chain c ON "
                                           "c.id = e.chain WHERE c.workstation_id = ?1 AND e.seq = ?2"));
        if (!q) {
            return fail(q.error());
        }
        q->bind(1, it.key()).bind(2, seq);
        auto row = q->next();
        if (!row) {
            return fail(row.error());
        }
        if (*row && q->blob(0) != hash) {
            addBreak({Break::Kind::BehindVerified, it.key(), seq, q->text(1),
                      tr("cette entrée n'est plus celle vérifiée le %1 : la fin de la chaîne a été réécrite")
                          .arg(when)});
        }
    }

    // The head the sync server anchored for this workstation (SyncEngine, after each push of
    // its entries): what reached the server cannot be cut or rewritten here unnoticed, even by
    // someone holding the store's key.
    {
        auto q = m_store.query(QStringLiteral("SELECT value FROM sync_state WHERE key = 'audit_anchor'"));
        if (!q) {
            return fail(q.error());
        }
        auto row = q->next();
        if (!row) {
            return fail(row.error());
        }
        const QJsonObject anchor
            = *row ? QJsonDocument::fromJson(q->text(0).toUtf8()).object() : QJsonObject();
        const QString ws = m_store.workstationId();
        const qint64 seq = anchor.value(QStringLiteral("seq")).toInteger();
        const QByteArray hash
            = QByteArray::fromHex(anchor.value(QStringLiteral("hash")).toString().toLatin1());
        if (seq > 0) {
            const qint64 last = lastOf.value(ws, 0);
            auto e = m_store.query(
                QStringLiteral("SELECT e.hash, e.uuid FROM audit_entry e JOIN audit_chain c ON "
                               "c.id = e.chain WHERE c.workstation_id = ?1 AND e.seq = ?2"));
            if (!e) {
                return fail(e.error());
            }
            e->bind(1, ws).bind(2, seq);
            auto found = e->next();
            if (!found) {
                return fail(found.error());
            }
            if (last < seq || !*found) {
                addBreak(
                    {Break::Kind::BehindServer, ws, last + 1, QString(),
                     tr("la chaîne s'arrête à l'entrée n° %1 alors que le serveur de synchronisation en a "
                        "ancré %2 : les dernières entrées ont été supprimées ici")
                         .arg(last)
                         .arg(seq)});
            } else if (e->blob(0) != hash) {
                addBreak({Break::Kind::BehindServer, ws, seq, e->text(1),
                          tr("cette entrée n'est plus celle que le serveur de synchronisation a ancrée : la "
                             "chaîne "
                             "a été réécrite sur ce poste")});
            }
        }
    }

    QHash<QString, std::pair<qint64, QDateTime>> signedHead; ///< best valid checkpoint per chain
    for (size_t i = 0; i < checkpoints->size(); ++i) {
        const Checkpoint& c = (*checkpoints)[i];
        const qint64 last = lastOf.value(c.workstationId, 0);
        const auto anchor = anchorOf.constFind(c.workstationId);
        const bool coveredByAnchor = anchor != anchorOf.cend() && c.headSeq <= anchor->seq;
        if (!headSeen[i] && !coveredByAnchor) {
            if (c.headSeq > last) {
                addBreak(
                    {Break::Kind::Truncated, c.workstationId, last + 1, QString(),
                     tr("la chaîne est tronquée : le point de contrôle signé le %1 couvre l'entrée n° %2, "
                        "absente")
                         .arg(QLocale(QLocale::French)
                                  .toString(c.signedAt.toLocalTime(), QLocale::ShortFormat))
                         .arg(c.headSeq)});
            } else {
                addBreak({Break::Kind::Missing, c.workstationId, c.headSeq, QString(),
                          tr("l'entrée signée par un point de contrôle a disparu")});
            }
        }
        if (!entrySeen[i] && c.entrySeq <= last) {
            addBreak({Break::Kind::CheckpointOrphan, c.workstationId, c.entrySeq, QString(),
                      tr("l'entrée qui consigne ce point de contrôle a disparu")});
        }
        const QString cn = Auth::CardVerifier::certificateIdNat(c.certificateDer);
        if (cn.isEmpty() || cn != c.signerNationalId
            || !Auth::CardVerifier::signatureMatches(c.certificateDer, c.payload(), c.signature)) {
            addBreak(
                {Break::Kind::CheckpointSignature, c.workstationId, c.entrySeq, QString(),
                 tr("la signature du point de contrôle du %1 ne correspond pas à son contenu ou à son "
                    "signataire")
                     .arg(
                         QLocale(QLocale::French).toString(c.signedAt.toLocalTime(), QLocale::ShortFormat))});
            continue;
        }
        if (m_trust) {
            if (auto v = m_trust->verifyCertificateAt(c.certificateDer, c.signedAt); !v) {
                addBreak({Break::Kind::CheckpointSignature, c.workstationId, c.entrySeq, QString(),
                          tr("le certificat qui a signé le point de contrôle n'est pas reconnu : %1")
                              .arg(v.error().userText)});
                continue;
            }
        } else {
            ++report.checkpointsUnanchored;
        }
        auto& best = signedHead[c.workstationId];
        if (c.headSeq > best.first) {
            best = {c.headSeq, c.signedAt};
        }
    }
    for (auto it = ends.cbegin(); it != ends.cend(); ++it) {
        const auto s = signedHead.value(it.key());
        report.heads.push_back({it.key(), it->last, it->prev, s.first, s.second});
    }
    std::sort(report.heads.begin(), report.heads.end(),
              [](const ChainHead& a, const ChainHead& b) { return a.workstationId < b.workstationId; });

    if (!breaks.empty()) {
        report.firstBreak
            = *std::min_element(breaks.begin(), breaks.end(), [](const Break& a, const Break& b) {
                  return std::tie(a.workstationId, a.seq) < std::tie(b.workstationId, b.seq);
              });
    }
    return report;
}

Result<void> Verifier::rememberHeads(Storage::Store& store, const Report& report, const QDateTime& at)
{
    if (!report.intact()) {
        return {}; // a broken trail is not a reference to hold the next run to
    }
    QJsonObject heads
        = QJsonDocument::fromJson(store.meta(QString::fromLatin1(verifiedHeadsKey)).toUtf8()).object();
    for (const ChainHead& h : report.heads) {
        const qint64 known = heads.value(h.workstationId).toObject().value(QStringLiteral("seq")).toInteger();
        if (h.seq >= known) {
            heads.insert(h.workstationId,
                         QJsonObject {{QStringLiteral("seq"), h.seq},
                                      {QStringLiteral("hash"), QString::fromLatin1(h.hash.toHex())},
                                      {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)}});
        }
    }
    return store.setMeta(QString::fromLatin1(verifiedHeadsKey),
                         QString::fromUtf8(QJsonDocument(heads).toJson(QJsonDocument::Compact)));
}

} // namespace Officine::Audit
