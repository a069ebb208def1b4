#pragma once

#include "sync/journal.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <optional>
#include <vector>

namespace Officine::Commands {
class CommandExecutor;
}

namespace Officine::Services {

/// A conflict as the conflicts dialog shows it.
struct ConflictView
{
    QString uuid;
    QString entity;
    QString recordUuid;
    QString recordLabel; ///< the patient's name, or the staff member's
    QString fieldLabel; ///< French
    QString localText; ///< this workstation's value, as text
    QString remoteText; ///< the server's value
    QDateTime localAt;
    QString remoteBy; ///< who changed it on the other workstation
    QString remoteWorkstation; ///< a short form of that workstation's identifier
    QDateTime remoteAt;
};

/// A merge proposal as the sync panel shows it: the same person, most likely, created here and
/// on another workstation offline. The file created first survives a merge.
struct DuplicateView
{
    QString uuid;
    QString survivorUuid, absorbedUuid;
    QString survivorLabel, absorbedLabel; ///< name, date of birth, where it was created
    int reason = 0; ///< an Identity::DuplicateReason
    int score = 0;
};

/// What the sync panel reads on the GUI's connection (the worker writes on its own): the
/// journal's last lines, the conflicts with the files they concern, a held deletion.
class SyncOverview
{
    Q_DECLARE_TR_FUNCTIONS(SyncOverview)

public:
    explicit SyncOverview(Commands::CommandExecutor& executor)
        : m_executor(executor)
    {
    }
    Result<std::vector<Sync::LogLine>> log(int limit = 20);
    /// The open conflicts, with both values. Showing them is a consultation of each patient
    /// file concerned: one `view` entry per file (detail "sync.conflicts") the first time the
    /// panel shows it (`shown` holds the files already traced by this panel, so a refresh
    /// writes nothing), and the permission to read files is needed.
    Result<std::vector<ConflictView>> conflicts(QSet<QString>& shown);
    Result<int> conflictCount();
    /// The open merge proposals; as for conflicts, one `view` entry per file shown the first
    /// time (detail "sync.duplicates").
    Result<std::vector<DuplicateView>> duplicates(QSet<QString>& shown);
    /// The reason a merge of a proposal records.
    static QString mergeReason();
    std::optional<Sync::DeletionHold> deletionHold();
    static QString valueText(const QJsonValue& value);

private:
    /// One `view` entry per file newly shown by the panel (`detail` says where), then `shown`.
    Result<void> recordViews(const QSet<QString>& viewed, QSet<QString>& shown, const QString& detail);
    Commands::CommandExecutor& m_executor;
};

} // namespace Officine::Services
