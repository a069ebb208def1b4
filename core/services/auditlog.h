#pragma once

#include "audit/audittrail.h"
#include "commands/commandexecutor.h"
#include "settings/settings.h"

#include <QCoreApplication>
#include <QIODevice>
#include <vector>

namespace Officine::Services {

/// One line of the viewer, in French: who saw or changed what, when, and how it ended.
struct AuditRow
{
    Audit::Entry entry;
    QString when; ///< local time, "23/11/2026 09:14:03"
    QString who; ///< "Claire DÉMO (810012345673)", "Officine (automatique)", "—"
    QString what; ///< the action's label
    QString target; ///< "Dossier patient DUPONT Jeanne", "Compte de l'équipe Léa MARTIN"…
    QString outcome; ///< "Réussi", "Refusé (droit requis : …)"
    QString details; ///< changed fields, justification, machine detail
    /// The six shown columns, in the order of AuditLog::columnHeaders().
    QStringList cells() const { return {when, who, what, target, outcome, details}; }
};

/// The trail as the Traçabilité screen and a patient's "Historique des accès" show it
/// (AuditRead). Names are resolved for display only; entries hold identifiers.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(Commands::CommandExecutor& executor)
        : m_executor(executor)
    {
    }

    Result<std::vector<AuditRow>> query(const Audit::Filter& filter);
    /// Today by the injected clock (the viewer's default period ends today).
    QDate today() const { return m_executor.clock().today(); }
    /// The staff members and the application as they appear in the trail: (account id, name).
    Result<std::vector<std::pair<QString, QString>>> actors();

    /// Writes rows as CSV (semicolon-separated, UTF-8 with BOM, for a French spreadsheet).
    static Result<void> writeCsv(const std::vector<AuditRow>& rows, QIODevice& out);
    /// Records that the filtered view was exported (`format` "csv" or "pdf"), with the filter
    /// and the row count (identifiers only).
    Result<void> recordExport(const Audit::Filter& filter, const QString& format, qsizetype rows);

    static QString fieldLabel(const QString& field);
    /// Headers of the shown columns (screen, PDF and the first columns of the CSV).
    static QStringList columnHeaders();

private:
    Result<void> checkRead();
    Commands::CommandExecutor& m_executor;
};

} // namespace Officine::Services
