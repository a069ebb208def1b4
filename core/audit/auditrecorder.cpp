#include "auditrecorder.h"

#include "audit/audittrail.h"
#include "commands/actor.h"
#include "logging/logging.h"

namespace Officine::Audit {

Result<void> Recorder::record(const Commands::Actor* actor, Entry entry)
{
    std::vector<Entry> one;
    one.push_back(std::move(entry));
    return record(actor, std::move(one));
}

Result<void> Recorder::record(const Commands::Actor* actor, std::vector<Entry> entries)
{
    for (Entry& entry : entries) {
        if (!entry.at.isValid()) {
            entry.at = m_clock.now();
        }
        if (actor) {
            entry.accountUuid = actor->accountId;
            entry.nationalId = actor->nationalId;
        }
    }
    auto r = Trail(m_store).append(entries);
    if (!r) {
        qCWarning(lcAudit).noquote() << "audit entries not written:"
                                     << (entries.empty() ? QString() : actionId(entries.front().action))
                                     << entries.size() << r.error().logText;
    }
    return r;
}

Result<void> Recorder::recordSystem(Entry entry)
{
    entry.accountUuid = systemAccount;
    return record(nullptr, std::move(entry));
}

QString Recorder::reasonFor(const Error& error, const QString& permission)
{
    switch (error.code) {
    case ErrorCode::NotSignedIn:
        return QStringLiteral("not_signed_in");
    case ErrorCode::PermissionDenied:
        return permission.isEmpty() ? QStringLiteral("permission")
                                    : QStringLiteral("permission:") + permission;
    case ErrorCode::CardPinWrong:
        return QStringLiteral("pin_wrong");
    case ErrorCode::CardPinBlocked:
        return QStringLiteral("pin_blocked");
    case ErrorCode::CardRefused:
        return QStringLiteral("card_refused");
    case ErrorCode::CardNotRecognised:
        return QStringLiteral("card_not_recognised");
    case ErrorCode::CardRemoved:
        return QStringLiteral("card_removed");
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid_input");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    default:
        return QStringLiteral("error");
    }
}

} // namespace Officine::Audit
