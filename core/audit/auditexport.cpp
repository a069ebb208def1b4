#include "auditexport.h"

#include "audit/audittrail.h"
#include "storage/store.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Officine::Audit {

namespace {
Result<void> writeLine(QIODevice& out, const QJsonObject& o)
{
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    if (out.write(line) != line.size()) {
        return fail(ErrorCode::StoreIo,
                    QCoreApplication::translate("AuditExport", "Écriture de l'export impossible : %1")
                        .arg(out.errorString()),
                    QStringLiteral("audit export write failed"));
    }
    return {};
}
} // namespace

Result<ExportSummary> exportChain(Storage::Store& store, QIODevice& out, const QDateTime& now)
{
    ExportSummary summary;
    auto snapshot = Storage::Transaction::beginRead(store); // one consistent snapshot
    if (!snapshot) {
        return fail(snapshot.error());
    }

    Trail trail(store);
    if (auto r = writeLine(out,
                           {{QStringLiteral("format"), QStringLiteral("officine-audit-export")},
                            {QStringLiteral("version"), 1},
                            {QStringLiteral("exportedAt"), Entry::timeText(now)},
                            {QStringLiteral("exportedBy"), store.workstationId()},
                            {QStringLiteral("hash"), QStringLiteral("sha256(prevHash || canonical), OFA1")}});
        !r) {
        return fail(r.error());
    }
    auto anchors = trail.anchors();
    if (!anchors) {
        return fail(anchors.error());
    }
    for (const Anchor& a : *anchors) {
        if (auto r = writeLine(out,
                               {{QStringLiteral("type"), QStringLiteral("anchor")},
                                {QStringLiteral("workstation"), a.workstationId},
                                {QStringLiteral("seq"), a.seq},
                                {QStringLiteral("hash"), QString::fromLatin1(a.hash.toHex())}});
            !r) {
            return fail(r.error());
        }
    }
    auto q = store.query(Trail::selectEntries(QStringLiteral("ORDER BY c.workstation_id, e.seq")));
    if (!q) {
        return fail(q.error());
    }
    while (true) {
        auto row = q->next();
        if (!row) {
            return fail(row.error());
        }
        if (!*row) {
            break;
        }
        // Raw column text: what is exported is exactly what the hash covers.
        const Entry e = Trail::fromRow(*q);
        QJsonObject o {{QStringLiteral("type"), QStringLiteral("entry")},
                       {QStringLiteral("workstation"), q->text(0)},
                       {QStringLiteral("seq"), q->integer(1)},
                       {QStringLiteral("uuid"), q->text(2)},
                       {QStringLiteral("at"), q->text(3)},
                       {QStringLiteral("account"), q->text(4)},
                       {QStringLiteral("nationalId"), q->text(5)},
                       {QStringLiteral("action"), q->text(6)},
                       {QStringLiteral("targetType"), q->text(7)},
                       {QStringLiteral("targetUuid"), q->text(8)},
                       {QStringLiteral("patientUuid"), q->text(9)},
                       {QStringLiteral("outcome"), q->text(10)},
                       {QStringLiteral("reason"), q->text(11)},
                       {QStringLiteral("fields"), q->text(12)},
                       {QStringLiteral("justification"), q->text(13)},
                       {QStringLiteral("detail"), q->text(14)},
                       {QStringLiteral("prevHash"), QString::fromLatin1(e.prevHash.toHex())},
                       {QStringLiteral("hash"), QString::fromLatin1(e.hash.toHex())}};
        if (auto r = writeLine(out, o); !r) {
            return fail(r.error());
        }
        ++summary.entries;
    }
    auto checkpoints = trail.checkpoints();
    if (!checkpoints) {
        return fail(checkpoints.error());
    }
    for (const Checkpoint& c : *checkpoints) {
        QJsonObject o {{QStringLiteral("type"), QStringLiteral("checkpoint")},
                       {QStringLiteral("workstation"), c.workstationId},
                       {QStringLiteral("headSeq"), c.headSeq},
                       {QStringLiteral("headHash"), QString::fromLatin1(c.headHash.toHex())},
                       {QStringLiteral("signedAt"), Entry::timeText(c.signedAt)},
                       {QStringLiteral("signerAccount"), c.signerAccount},
                       {QStringLiteral("signerNationalId"), c.signerNationalId},
                       {QStringLiteral("entrySeq"), c.entrySeq},
                       {QStringLiteral("certificate"), QString::fromLatin1(c.certificateDer.toBase64())},
                       {QStringLiteral("signature"), QString::fromLatin1(c.signature.toBase64())}};
        if (auto r = writeLine(out, o); !r) {
            return fail(r.error());
        }
        ++summary.checkpoints;
    }
    return summary;
}

} // namespace Officine::Audit
