#include "auditsync.h"

#include "util/jsonwriter.h"

namespace Officine::Audit {

namespace {

// The canonical order (auditentry.h).
constexpr const char* kNames[15]
    = {"workstation", "seq",         "uuid",    "at",     "account", "nationalId",    "action", "targetType",
       "targetUuid",  "patientUuid", "outcome", "reason", "fields",  "justification", "detail"};

} // namespace

QByteArray SyncedEntry::payload(const CanonicalFields& fields, const QByteArray& prevHash,
                                const QByteArray& hash)
{
    return Json::text([&](Json::Writer& w) {
        w.beginObject();
        for (size_t i = 0; i < fields.size(); ++i) {
            w.field(kNames[i], QString::fromUtf8(fields[i]));
        }
        w.field("prevHash", QLatin1StringView(prevHash.toHex()))
            .field("hash", QLatin1StringView(hash.toHex()))
            .endObject();
    });
}

Result<CanonicalFields> SyncedEntry::fields(const QJsonObject& payload)
{
    if (payload.size() != 17) {
        return fail(ErrorCode::InvalidInput, tr("Entrée du journal : 17 champs sont attendus."),
                    QStringLiteral("audit payload field count"));
    }
    CanonicalFields out;
    for (size_t i = 0; i < out.size(); ++i) {
        const QJsonValue v = payload.value(QLatin1String(kNames[i]));
        if (!v.isString()) {
            return fail(ErrorCode::InvalidInput,
                        tr("Entrée du journal : « %1 » doit être un texte.").arg(QLatin1String(kNames[i])),
                        QStringLiteral("audit payload field type"));
        }
        out[i] = v.toString().toUtf8();
    }
    return out;
}

Result<ChainLink> SyncedEntry::verify(const QJsonObject& payload)
{
    auto f = fields(payload);
    if (!f) {
        return fail(f.error());
    }
    const auto hex = [&payload](const char* key) {
        const QJsonValue v = payload.value(QLatin1String(key));
        const QByteArray bytes = QByteArray::fromHex(v.toString().toLatin1());
        return v.isString() && bytes.size() == 32 && bytes.toHex() == v.toString().toLatin1() ? bytes
                                                                                              : QByteArray();
    };
    ChainLink link;
    link.prevHash = hex("prevHash");
    link.hash = hex("hash");
    bool seqOk = false;
    link.seq = QString::fromUtf8((*f)[1]).toLongLong(&seqOk);
    link.workstationId = QString::fromUtf8((*f)[0]);
    link.uuid = QString::fromUtf8((*f)[2]);
    if (link.prevHash.isEmpty() || link.hash.isEmpty() || !seqOk || link.seq < 1) {
        return fail(ErrorCode::InvalidInput, tr("Entrée du journal : numéro ou empreintes illisibles."),
                    QStringLiteral("audit payload seq/hash"));
    }
    if (chainHash(link.prevHash, canonical(*f)) != link.hash) {
        return fail(
            ErrorCode::Conflict,
            tr("Entrée du journal n° %1 : son empreinte ne correspond pas à son contenu.").arg(link.seq),
            QStringLiteral("audit payload hash mismatch"));
    }
    return link;
}

} // namespace Officine::Audit
