#include "protocol.h"

#include "util/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QUuid>

namespace Officine::Sync {

namespace {

constexpr qsizetype KiB = 1024;

Result<ServerChange> serverChange(const QJsonObject& o, const QString& where);

tl::unexpected<Error> refuse(const QString& text, const QString& log)
{
    return fail(ErrorCode::InvalidInput, text, log);
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

QJsonObject ServerChange::object() const
{
    if (parsed) {
        return *parsed;
    }
    return payload.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(payload).object();
}

QByteArray ServerChange::text() const
{
    return parsed ? compact(*parsed) : payload;
}

const std::vector<EntityRule>& entities()
{
    static const std::vector<EntityRule> rules = {
        {"patient", Kind::Mutable, 256 * KiB},
        {"patient_photo", Kind::Mutable, 4 * 1024 * KiB},
        {"staff_account", Kind::Mutable, 64 * KiB},
        {"settings", Kind::Mutable, 64 * KiB},
        {"patient_history", Kind::AppendOnly, 256 * KiB},
        {"patient_rights_event", Kind::AppendOnly, 64 * KiB},
        {"audit_entry", Kind::AppendOnly, 16 * KiB},
    };
    return rules;
}

std::optional<EntityRule> entityRule(const QString& name)
{
    for (const EntityRule& r : entities()) {
        if (name == QLatin1String(r.name)) {
            return r;
        }
    }
    return std::nullopt;
}

QString operationId(Operation op)
{
    switch (op) {
    case Operation::Create:
        return QStringLiteral("create");
    case Operation::Update:
        return QStringLiteral("update");
    case Operation::Delete:
        return QStringLiteral("delete");
    case Operation::Append:
        return QStringLiteral("append");
    }
    return {};
}

std::optional<Operation> operationFromId(const QString& id)
{
    for (Operation op : {Operation::Create, Operation::Update, Operation::Delete, Operation::Append}) {
        if (operationId(op) == id) {
            return op;
        }
    }
    return std::nullopt;
}

Result<QJsonObject> Parser::object(const QByteArray& body, const Limits& limits)
{
    if (body.size() > limits.maxBodyBytes) {
        return refuse(tr("La requête dépasse la taille maximale (%1 Kio).").arg(limits.maxBodyBytes / KiB),
                      QStringLiteral("body too large"));
    }
    // Qt's parser would replace a malformed sequence; the protocol refuses it.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)QString(utf8.decode(body));
    if (utf8.hasError()) {
        return refuse(tr("La requête n'est pas du texte UTF-8 valide."), QStringLiteral("invalid utf-8"));
    }
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return refuse(tr("La requête n'est pas du JSON valide (position %1 : %2).")
                          .arg(error.offset)
                          .arg(error.errorString()),
                      QStringLiteral("malformed json at %1").arg(error.offset));
    }
    if (!doc.isObject()) {
        return refuse(tr("La requête doit être un objet JSON."), QStringLiteral("not an object"));
    }
    return doc.object();
}

Result<void> Parser::onlyKeys(const QJsonObject& o, std::initializer_list<const char*> keys,
                              const QString& where)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool known = false;
        for (const char* k : keys) {
            known = known || it.key() == QLatin1String(k);
        }
        if (!known) {
            return refuse(tr("%1 : champ inconnu « %2 ».").arg(where, it.key().left(40)),
                          QStringLiteral("unknown field in %1").arg(where));
        }
    }
    return {};
}

bool Parser::isCanonicalUuid(const QString& text)
{
    const QUuid parsed = QUuid::fromString(text);
    return !parsed.isNull() && parsed.toString(QUuid::WithoutBraces) == text;
}

Result<QString> Parser::uuid(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const QString s = v.toString();
    if (!v.isString() || !isCanonicalUuid(s)) {
        return refuse(tr("« %1 » doit être un UUID en minuscules (8-4-4-4-12).").arg(QLatin1String(key)),
                      QStringLiteral("%1 not a uuid").arg(QLatin1String(key)));
    }
    return s;
}

Result<QString> Parser::text(const QJsonObject& o, const char* key, qsizetype maxLength, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() && !required) {
        return QString();
    }
    if (!v.isString()) {
        return refuse(tr("« %1 » doit être un texte.").arg(QLatin1String(key)),
                      QStringLiteral("%1 not a string").arg(QLatin1String(key)));
    }
    const QString s = v.toString();
    if ((required && s.isEmpty()) || s.size() > maxLength) {
        return refuse(tr("« %1 » doit compter de 1 à %2 caractères.").arg(QLatin1String(key)).arg(maxLength),
                      QStringLiteral("%1 length").arg(QLatin1String(key)));
    }
    return s;
}

Result<QByteArray> Parser::base64(const QJsonObject& o, const char* key, qsizetype maxBytes)
{
    auto s = text(o, key, (maxBytes + 2) / 3 * 4);
    if (!s) {
        return fail(s.error());
    }
    auto decoded = QByteArray::fromBase64Encoding(s->toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        return refuse(tr("« %1 » doit être du base64.").arg(QLatin1String(key)),
                      QStringLiteral("%1 not base64").arg(QLatin1String(key)));
    }
    return decoded.decoded;
}

Result<qint64> Parser::integer(const QJsonObject& o, const char* key, qint64 min, qint64 max)
{
    const QJsonValue v = o.value(QLatin1String(key));
    // JSON numbers are doubles here: integers up to 2^53 are exact, which bounds every field.
    const double d = v.toDouble();
    if (!v.isDouble() || d != double(qint64(d)) || qint64(d) < min || qint64(d) > max) {
        return refuse(
            tr("« %1 » doit être un entier entre %2 et %3.").arg(QLatin1String(key)).arg(min).arg(max),
            QStringLiteral("%1 not an integer in range").arg(QLatin1String(key)));
    }
    return qint64(d);
}

Result<std::vector<Change>> Parser::pushRequest(const QByteArray& body, const Limits& limits)
{
    auto root = object(body, limits);
    if (!root) {
        return fail(root.error());
    }
    if (auto ok = onlyKeys(*root, {"changes"}, tr("la requête")); !ok) {
        return fail(ok.error());
    }
    const QJsonValue list = root->value(QLatin1String("changes"));
    if (!list.isArray()) {
        return refuse(tr("« changes » doit être une liste."), QStringLiteral("changes not an array"));
    }
    const QJsonArray array = list.toArray();
    if (array.isEmpty() || array.size() > limits.maxChanges) {
        return refuse(tr("Une requête porte de 1 à %1 changements.").arg(limits.maxChanges),
                      QStringLiteral("changes count %1").arg(array.size()));
    }
    std::vector<Change> out;
    out.reserve(size_t(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = tr("changement %1").arg(i + 1);
        const auto wrap = [&where](const Error& e) {
            return refuse(QStringLiteral("%1 : %2").arg(where, e.userText), e.logText);
        };
        if (!array.at(i).isObject()) {
            return refuse(tr("%1 : un objet est attendu.").arg(where),
                          QStringLiteral("change not an object"));
        }
        const QJsonObject o = array.at(i).toObject();
        if (auto ok
            = onlyKeys(o, {"id", "entity", "record", "operation", "baseRevision", "payload", "at"}, where);
            !ok) {
            return fail(ok.error());
        }
        Change c;
        auto id = uuid(o, "id");
        auto record = uuid(o, "record");
        auto entity = text(o, "entity", 40);
        auto operation = text(o, "operation", 10);
        auto base = integer(o, "baseRevision", 0, qint64(1) << 50);
        auto at = text(o, "at", 40, false);
        for (const Result<QString>* r : {&id, &record, &entity, &operation, &at}) {
            if (!*r) {
                return wrap(r->error());
            }
        }
        if (!base) {
            return wrap(base.error());
        }
        const auto rule = entityRule(*entity);
        if (!rule) {
            return refuse(tr("%1 : type d'enregistrement inconnu « %2 ».").arg(where, entity->left(40)),
                          QStringLiteral("unknown entity"));
        }
        const auto op = operationFromId(*operation);
        if (!op) {
            return refuse(tr("%1 : opération inconnue « %2 ».").arg(where, operation->left(10)),
                          QStringLiteral("unknown operation"));
        }
        const bool appendOnly = rule->kind == Kind::AppendOnly;
        if (appendOnly != (*op == Operation::Append)) {
            return refuse(
                appendOnly
                    ? tr("%1 : un « %2 » ne s'écrit qu'une fois (opération append).").arg(where, *entity)
                    : tr("%1 : un « %2 » se crée, se modifie ou se supprime, il ne "
                         "s'ajoute pas.")
                          .arg(where, *entity),
                QStringLiteral("operation does not fit entity"));
        }
        if ((*op == Operation::Create || *op == Operation::Append) != (*base == 0)) {
            return refuse(
                tr("%1 : « baseRevision » vaut 0 pour une création, et seulement pour elle.").arg(where),
                QStringLiteral("base revision vs operation"));
        }
        const QJsonValue payload = o.value(QLatin1String("payload"));
        if (*op == Operation::Delete) {
            if (!payload.isUndefined() && !payload.isNull()) {
                return refuse(tr("%1 : une suppression ne porte pas de document.").arg(where),
                              QStringLiteral("payload on delete"));
            }
        } else {
            if (!payload.isObject()) {
                return refuse(tr("%1 : « payload » doit être un objet JSON.").arg(where),
                              QStringLiteral("payload not an object"));
            }
            c.payload = compact(payload.toObject());
            // PostgreSQL's jsonb holds no NUL character: refused here, with its reason.
            if (c.payload.contains("\\u0000")) {
                return refuse(tr("%1 : le document contient un caractère nul (U+0000).").arg(where),
                              QStringLiteral("payload holds U+0000"));
            }
            if (c.payload.size() > rule->maxPayloadBytes) {
                return refuse(
                    tr("%1 : le document dépasse %2 Kio.").arg(where).arg(rule->maxPayloadBytes / KiB),
                    QStringLiteral("payload too large"));
            }
        }
        c.id = *id;
        c.recordId = *record;
        c.entity = *entity;
        c.operation = *op;
        c.baseRevision = *base;
        c.at = *at;
        out.push_back(std::move(c));
    }
    return out;
}

namespace {

Result<ServerChange> serverChange(const QJsonObject& o, const QString& where)
{
    if (auto ok = Parser::onlyKeys(o,
                                   {"seq", "id", "entity", "record", "operation", "revision", "payload",
                                    "workstation", "account", "at"},
                                   where);
        !ok) {
        return fail(ok.error());
    }
    ServerChange c;
    auto seq = Parser::integer(o, "seq", 1, qint64(1) << 53);
    auto revision = Parser::integer(o, "revision", 1, qint64(1) << 50);
    auto id = Parser::uuid(o, "id");
    auto record = Parser::uuid(o, "record");
    auto workstation = Parser::uuid(o, "workstation");
    auto entity = Parser::text(o, "entity", 40);
    auto operation = Parser::text(o, "operation", 10);
    auto account = Parser::text(o, "account", 80);
    auto at = Parser::text(o, "at", 40);
    for (const Result<QString>* r : {&id, &record, &workstation, &entity, &operation, &account, &at}) {
        if (!*r) {
            return fail(r->error());
        }
    }
    for (const Result<qint64>* r : {&seq, &revision}) {
        if (!*r) {
            return fail(r->error());
        }
    }
    const auto op = operationFromId(*operation);
    if (!op || !entityRule(*entity)) {
        return refuse(Parser::tr("%1 : type ou opération inconnus.").arg(where),
                      QStringLiteral("unknown kind"));
    }
    const QJsonValue payload = o.value(QLatin1String("payload"));
    if (payload.isObject()) {
        c.parsed = payload.toObject();
    } else if (*op != Operation::Delete || !(payload.isNull() || payload.isUndefined())) {
        return refuse(Parser::tr("%1 : « payload » doit être un objet JSON.").arg(where),
                      QStringLiteral("payload not an object"));
    }
    c.seq = *seq;
    c.revision = *revision;
    c.id = *id;
    c.recordId = *record;
    c.workstationId = *workstation;
    c.entity = *entity;
    c.operation = *op;
    c.account = *account;
    c.at = *at;
    return c;
}

} // namespace

Result<std::vector<PushResult>> Parser::pushResponse(const QByteArray& body, const Limits& limits)
{
    auto root = object(body, limits);
    if (!root) {
        return fail(root.error());
    }
    const QJsonArray array = root->value(QLatin1String("results")).toArray();
    std::vector<PushResult> out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QString where = tr("résultat %1").arg(i + 1);
        PushResult r;
        auto id = uuid(o, "id");
        auto status = text(o, "status", 12);
        if (!id || !status) {
            return fail(!id ? id.error() : status.error());
        }
        r.id = *id;
        if (*status == QLatin1String("conflict")) {
            r.status = PushResult::Status::Conflict;
            auto current = serverChange(o.value(QLatin1String("current")).toObject(), where);
            if (!current) {
                return fail(current.error());
            }
            r.current = std::move(*current);
        } else if (*status == QLatin1String("applied") || *status == QLatin1String("duplicate")) {
            r.status = *status == QLatin1String("applied") ? PushResult::Status::Applied
                                                           : PushResult::Status::Duplicate;
            auto seq = integer(o, "seq", 1, qint64(1) << 53);
            auto revision = integer(o, "revision", 1, qint64(1) << 50);
            if (!seq || !revision) {
                return fail(!seq ? seq.error() : revision.error());
            }
            r.seq = *seq;
            r.revision = *revision;
        } else {
            return refuse(tr("%1 : statut inconnu.").arg(where), QStringLiteral("unknown status"));
        }
        out.push_back(std::move(r));
    }
    return out;
}

Result<PullPage> Parser::pullResponse(const QByteArray& body, const Limits& limits)
{
    auto root = object(body, limits);
    if (!root) {
        return fail(root.error());
    }
    if (auto ok = onlyKeys(*root, {"changes", "next", "more", "head"}, tr("la réponse")); !ok) {
        return fail(ok.error());
    }
    PullPage page;
    auto next = integer(*root, "next", 0, qint64(1) << 53);
    if (!next) {
        return fail(next.error());
    }
    page.next = *next;
    page.more = root->value(QLatin1String("more")).toBool();
    if (root->contains(QLatin1String("head"))) {
        auto head = integer(*root, "head", 0, qint64(1) << 53);
        if (!head) {
            return fail(head.error());
        }
        page.head = *head;
    }
    const QJsonArray array = root->value(QLatin1String("changes")).toArray();
    page.changes.reserve(size_t(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto c = serverChange(array.at(i).toObject(), tr("changement %1").arg(i + 1));
        if (!c) {
            return fail(c.error());
        }
        page.changes.push_back(std::move(*c));
    }
    return page;
}

namespace {

void writeServerChange(Json::Writer& w, const ServerChange& c)
{
    w.beginObject()
        .field("seq", c.seq)
        .field("id", c.id)
        .field("entity", c.entity)
        .field("record", c.recordId)
        .field("operation", operationId(c.operation))
        .field("revision", c.revision);
    w.key("payload");
    if (const QByteArray text = c.text(); text.isEmpty()) {
        w.null();
    } else {
        w.raw(text);
    }
    w.field("workstation", c.workstationId).field("account", c.account).field("at", c.at).endObject();
}

} // namespace

QByteArray pushRequestJson(const std::vector<Change>& changes)
{
    return Json::text([&](Json::Writer& w) {
        w.beginObject().key("changes").beginArray();
        for (const Change& c : changes) {
            w.beginObject()
                .field("id", c.id)
                .field("entity", c.entity)
                .field("record", c.recordId)
                .field("operation", operationId(c.operation))
                .field("baseRevision", c.baseRevision);
            if (!c.payload.isEmpty()) {
                w.key("payload").raw(c.payload);
            }
            w.fieldIfSet("at", c.at);
            w.endObject();
        }
        w.endArray().endObject();
    });
}

QJsonObject toJson(const ServerChange& c)
{
    return Json::object([&](Json::Writer& w) { writeServerChange(w, c); });
}

QByteArray pushResponseJson(const std::vector<PushResult>& results)
{
    return Json::text([&](Json::Writer& w) {
        w.beginObject().key("results").beginArray();
        for (const PushResult& r : results) {
            w.beginObject().field("id", r.id);
            if (r.status == PushResult::Status::Conflict && r.current) {
                w.field("status", QLatin1StringView("conflict")).key("current");
                writeServerChange(w, *r.current);
            } else {
                w.field("status",
                        r.status == PushResult::Status::Applied ? QLatin1StringView("applied")
                                                                : QLatin1StringView("duplicate"))
                    .field("seq", r.seq)
                    .field("revision", r.revision);
            }
            w.endObject();
        }
        w.endArray().endObject();
    });
}

QByteArray pullResponseJson(const PullPage& page)
{
    return Json::text([&](Json::Writer& w) {
        w.beginObject().key("changes").beginArray();
        for (const ServerChange& c : page.changes) {
            writeServerChange(w, c);
        }
        w.endArray().field("next", page.next).field("more", page.more).field("head", page.head).endObject();
    });
}

} // namespace Officine::Sync
