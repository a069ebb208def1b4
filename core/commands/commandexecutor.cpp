#include "commandexecutor.h"

#include "logging/logging.h"
#include "storage/store.h"

namespace Officine::Commands {

namespace {
class ExecutorTr
{
    Q_DECLARE_TR_FUNCTIONS(CommandExecutor)
public:
    static QString notSignedIn()
    {
        return tr("Aucun membre de l'équipe n'est connecté : insérez votre carte CPS ou CPE.");
    }
    static QString denied(const QString& permission)
    {
        return tr("Votre rôle ne permet pas cette action (droit requis : %1).").arg(permission);
    }
};
} // namespace

QString permissionName(Permission p)
{
    switch (p) {
    case Permission::PatientRead:
        return QStringLiteral("patient.read");
    case Permission::PatientWrite:
        return QStringLiteral("patient.write");
    case Permission::StaffManage:
        return QStringLiteral("staff.manage");
    case Permission::SettingsManage:
        return QStringLiteral("settings.manage");
    case Permission::BackupRun:
        return QStringLiteral("backup.run");
    case Permission::AuditRead:
        return QStringLiteral("audit.read");
    case Permission::PatientIdentity:
        return QStringLiteral("patient.identity");
    case Permission::PatientMerge:
        return QStringLiteral("patient.merge");
    case Permission::PatientRights:
        return QStringLiteral("patient.rights");
    case Permission::PatientImport:
        return QStringLiteral("patient.import");
    case Permission::CatalogManage:
        return QStringLiteral("catalog.manage");
    }
    return QStringLiteral("unknown");
}

QString permissionLabel(Permission p)
{
    switch (p) {
    case Permission::PatientRead:
        return QCoreApplication::translate("Permission", "consulter les dossiers patients");
    case Permission::PatientWrite:
        return QCoreApplication::translate("Permission", "modifier les dossiers patients");
    case Permission::StaffManage:
        return QCoreApplication::translate("Permission", "gérer les comptes de l'équipe");
    case Permission::SettingsManage:
        return QCoreApplication::translate("Permission", "modifier les paramètres de l'officine");
    case Permission::BackupRun:
        return QCoreApplication::translate("Permission", "sauvegarder et restaurer");
    case Permission::AuditRead:
        return QCoreApplication::translate("Permission", "consulter la traçabilité");
    case Permission::PatientIdentity:
        return QCoreApplication::translate("Permission", "valider et rectifier l'identité des patients");
    case Permission::PatientMerge:
        return QCoreApplication::translate("Permission", "fusionner des dossiers patients");
    case Permission::PatientRights:
        return QCoreApplication::translate("Permission",
                                           "traiter les demandes d'exercice des droits des patients");
    case Permission::PatientImport:
        return QCoreApplication::translate("Permission", "importer des dossiers patients");
    case Permission::CatalogManage:
        return QCoreApplication::translate("Permission", "importer le catalogue des médicaments");
    }
    return {};
}

CommandExecutor::CommandExecutor(Storage::Store& store, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_audit(store, clock)
{
}

Result<void> CommandExecutor::record(Audit::Entry entry)
{
    return m_audit.record(m_actor && m_actor->isValid() ? &*m_actor : nullptr, std::move(entry));
}

namespace {
/// The audit entry of a command: what it did, on what, with the changed field names.
Audit::Entry entryFor(const Command& command)
{
    const CommandTarget target = command.target();
    Audit::Entry entry;
    entry.action = command.auditAction();
    entry.targetType = target.entity;
    entry.targetUuid = target.uuid;
    entry.patientUuid = target.patientUuid;
    entry.detail = QStringLiteral("command=") + command.id();
    return entry;
}

Audit::Entry refusalEntry(const Command& command, const Error& e, const QString& permission)
{
    Audit::Entry entry = entryFor(command);
    entry.outcome = Audit::Outcome::Refused;
    entry.reason = Audit::Recorder::reasonFor(e, permission);
    return entry;
}
} // namespace

void CommandExecutor::setActor(std::optional<Actor> actor)
{
    m_actor = std::move(actor);
}

void CommandExecutor::addHook(CommandHook* hook)
{
    m_hooks.push_back(hook);
}

bool CommandExecutor::allowed(Permission permission) const
{
    return m_actor && m_actor->isValid() && m_actor->can(permission);
}

bool isKnownCommand(const QString& id)
{
    return std::any_of(std::begin(allCommandIds), std::end(allCommandIds),
                       [&id](const char* known) { return id == QLatin1StringView(known); });
}

Result<void> CommandExecutor::refuse(Command& command, Permission missing)
{
    Error e(ErrorCode::PermissionDenied, ExecutorTr::denied(permissionLabel(missing)),
            QStringLiteral("%1 refused: account %2 lacks %3")
                .arg(command.id(), m_actor->accountId, permissionName(missing)));
    (void)m_audit.record(&*m_actor, refusalEntry(command, e, permissionName(missing)));
    for (CommandHook* h : m_hooks) {
        h->refused(command, &*m_actor, e);
    }
    qCInfo(lcCommands).noquote() << e.logText;
    return fail(e);
}

Result<void> CommandExecutor::execute(Command& command)
{
    if (!isKnownCommand(command.id())) {
        qCCritical(lcCommands).noquote() << "command" << command.id() << "is not in allCommandIds";
        return fail(ErrorCode::Internal, QCoreApplication::translate("CommandExecutor", "Erreur interne."),
                    QStringLiteral("unknown command %1").arg(command.id()));
    }
    if (!m_actor || !m_actor->isValid()) {
        Error e(ErrorCode::NotSignedIn, ExecutorTr::notSignedIn(),
                QStringLiteral("%1 refused: no actor").arg(command.id()));
        (void)m_audit.record(nullptr, refusalEntry(command, e, {}));
        for (CommandHook* h : m_hooks) {
            h->refused(command, nullptr, e);
        }
        qCInfo(lcCommands).noquote() << e.logText;
        return fail(e);
    }
    if (!command.allowedFor(*m_actor)) {
        return refuse(command, command.requiredPermission());
    }
    if (auto v = command.validate(); !v) {
        return v;
    }

    CommandContext context {m_store, m_clock, *m_actor, m_clock.now()};
    // Asked before the write transaction (the store has one connection, on this thread: nothing
    // changes in between), so that the refusal's audit entry is not rolled back with it.
    if (const std::optional<Permission> further = command.furtherPermission(context);
        further && !m_actor->can(*further)) {
        return refuse(command, *further);
    }
    auto tx = Storage::Transaction::begin(m_store);
    if (!tx) {
        return fail(tx.error());
    }
    if (auto r = command.apply(context); !r) {
        qCInfo(lcCommands).noquote() << command.id() << "failed:" << r.error().logText;
        return r; // the Transaction's destructor rolls back
    }
    {
        Audit::Entry entry = entryFor(command);
        entry.at = context.now;
        entry.fields = command.changedFields();
        entry.justification = command.justification();
        if (const QString extra = command.auditDetail(); !extra.isEmpty()) {
            entry.detail += u';' + extra;
        }
        if (auto r = m_audit.record(&*m_actor, std::move(entry)); !r) {
            qCWarning(lcCommands).noquote() << command.id() << "audit failed:" << r.error().logText;
            return r;
        }
    }
    for (CommandHook* h : m_hooks) {
        if (auto r = h->inTransaction(command, context); !r) {
            qCWarning(lcCommands).noquote() << command.id() << "hook failed:" << r.error().logText;
            return r;
        }
    }
    if (auto r = tx->commit(); !r) {
        qCWarning(lcCommands).noquote() << command.id() << "commit failed:" << r.error().logText;
        return r;
    }
    const CommandTarget target = command.target();
    qCInfo(lcCommands).noquote() << command.id() << "committed by" << m_actor->accountId << "on"
                                 << target.entity << target.uuid;
    Q_EMIT committed(command.id(), target.entity);
    return {};
}

} // namespace Officine::Commands
