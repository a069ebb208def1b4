#include "auditverifier.h"

#include "auth/cardverifier.h"
#include "storage/store.h"

#include <QHash>
#include <QLocale>
#include <algorithm>
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
    }
    return {};
}

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
    return text;
}

namespace {

struct ChainState
{
    QString workstationId;
    QByteArray workstationUtf8;
    qint64 expected = 1;
    QByteArray prev;
    qint64 last = 0;
};

} // namespace

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

    // One read snapshot for the anchors, the checkpoints and the entries.
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
    // (workstation, seq) → checkpoint index, for the signed heads and for the checkpoint entries.
    QHash<QString, QHash<qint64, size_t>> byHead;
    QHash<QString, QHash<qint64, size_t>> byEntry;
    std::vector<bool> headSeen(checkpoints->size(), false);
    std::vector<bool> entrySeen(checkpoints->size(), false);
    for (size_t i = 0; i < checkpoints->size(); ++i) {
        const Checkpoint& c = (*checkpoints)[i];
        byHead[c.workstationId].insert(c.headSeq, i);
        byEntry[c.workstationId].insert(c.entrySeq, i);
    }

    auto q = m_store.query(QStringLiteral("SELECT ") + QLatin1String(Trail::entryColumns())
                           + QStringLiteral(" FROM audit_entry ORDER BY workstation_id, seq"));
    if (!q) {
        return fail(q.error());
    }
    Sha256 sha;
    QByteArray buffer;
    buffer.reserve(1024);
    unsigned char digest[32];
    ChainState chain;
    std::vector<ChainState> finished;
    const QHash<qint64, size_t>* heads = nullptr;
    const QHash<qint64, size_t>* entryCheckpoints = nullptr;
    static const QByteArrayView checkpointAction("checkpoint");

    auto startChain = [&](const QString& ws) {
        if (!chain.workstationId.isEmpty()) {
            finished.push_back(chain);
        }
        chain = ChainState {};
        chain.workstationId = ws;
        chain.workstationUtf8 = ws.toUtf8();
        const auto a = anchorOf.constFind(ws);
        chain.expected = a == anchorOf.cend() ? 1 : a->seq + 1;
        chain.prev = a == anchorOf.cend() ? genesisHash() : a->hash;
        ++report.chains;
        const auto h = byHead.constFind(ws);
        heads = h == byHead.cend() ? nullptr : &*h;
        const auto e = byEntry.constFind(ws);
        entryCheckpoints = e == byEntry.cend() ? nullptr : &*e;
    };

    while (true) {
        auto row = q->next();
        if (!row) {
            return fail(row.error());
        }
        if (!*row) {
            break;
        }
        const QByteArrayView ws = q->utf8(0);
        if (chain.workstationId.isEmpty() || ws != QByteArrayView(chain.workstationUtf8)) {
            startChain(QString::fromUtf8(ws));
        }
        const qint64 seq = q->integer(1);
        const QByteArrayView prevStored = q->blobView(15);
        const QByteArrayView hashStored = q->blobView(16);
        ++report.entries;

        if (seq != chain.expected) {
            addBreak({Break::Kind::Missing, chain.workstationId, seq, q->text(2),
                      seq > chain.expected
                          ? tr("entrée(s) n° %1 à %2 supprimée(s) : la séquence saute jusqu'à cette entrée")
                                .arg(chain.expected)
                                .arg(seq - 1)
                          : tr("numéro de séquence en désordre")});
        } else if (prevStored != QByteArrayView(chain.prev)) {
            addBreak({Break::Kind::LinkBroken, chain.workstationId, seq, q->text(2),
                      tr("le lien vers l'entrée précédente est rompu (entrées réordonnées ou réécrites)")});
        }
        buffer.resize(0);
        buffer.append("OFA1", 4);
        appendField(buffer, ws);
        {
            // The sequence as decimal text, without asking SQLite to convert (it would allocate).
            char digits[24];
            int n = 0;
            for (quint64 v = static_cast<quint64>(seq); n == 0 || v > 0; v /= 10) {
                digits[sizeof digits - 1 - n++] = static_cast<char>('0' + v % 10);
            }
            appendField(buffer, QByteArrayView(digits + sizeof digits - n, n));
        }
        for (int c = 2; c < 15; ++c) {
            appendField(buffer, q->utf8(c));
        }
        sha.chain(prevStored.data(), prevStored.size(), buffer.constData(), buffer.size(), digest);
        if (hashStored != QByteArrayView(reinterpret_cast<const char*>(digest), 32)) {
            addBreak({Break::Kind::ContentAltered, chain.workstationId, seq, q->text(2),
                      tr("le contenu de l'entrée a été modifié (empreinte SHA-256 différente)")});
        }
        if (heads) {
            if (const auto h = heads->constFind(seq); h != heads->cend()) {
                headSeen[*h] = true;
                if (hashStored != QByteArrayView((*checkpoints)[*h].headHash)) {
                    addBreak(
                        {Break::Kind::CheckpointMismatch, chain.workstationId, seq, q->text(2),
                         tr("cette entrée ne correspond plus à la tête de chaîne signée le %1 : la chaîne "
                            "a été réécrite")
                             .arg(QLocale(QLocale::French)
                                      .toString((*checkpoints)[*h].signedAt.toLocalTime(),
                                                QLocale::ShortFormat))});
                }
            }
        }
        if (q->utf8(6) == checkpointAction) {
            const auto e = entryCheckpoints ? entryCheckpoints->constFind(seq)
                                            : QHash<qint64, size_t>::const_iterator();
            if (!entryCheckpoints || e == entryCheckpoints->cend()) {
                addBreak({Break::Kind::CheckpointOrphan, chain.workstationId, seq, q->text(2),
                          tr("point de contrôle enregistré dans la chaîne mais sa signature a disparu")});
            } else {
                entrySeen[*e] = true;
            }
        }
        if (hashStored.size() == 32 && chain.prev.size() == 32) {
            std::memcpy(chain.prev.data(), hashStored.data(), 32);
        } else {
            chain.prev = hashStored.toByteArray();
        }
        chain.expected = seq + 1;
        chain.last = seq;
    }
    if (!chain.workstationId.isEmpty()) {
        finished.push_back(chain);
    }
    QHash<QString, qint64> lastOf;
    for (const ChainState& c : finished) {
        lastOf.insert(c.workstationId, c.last);
    }

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
            }
        } else {
            ++report.checkpointsUnanchored;
        }
    }

    if (!breaks.empty()) {
        report.firstBreak
            = *std::min_element(breaks.begin(), breaks.end(), [](const Break& a, const Break& b) {
                  return std::tie(a.workstationId, a.seq) < std::tie(b.workstationId, b.seq);
              });
    }
    return report;
}

} // namespace Officine::Audit
