#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <optional>
#include <vector>

namespace Officine::Storage {
class Store;
}

namespace Officine::Sync {

/// A field in conflict, waiting for a person (the conflicts dialog).
struct ConflictRecord
{
    QString uuid;
    QString entity;
    QString recordUuid;
    QString field;
    QJsonValue baseValue, localValue, remoteValue;
    QString localWorkstation;
    QDateTime localAt;
    QString remoteWorkstation;
    QString remoteAccount;
    QDateTime remoteAt;
};

/// The held pull: how many records of which type the server's changes would delete.
struct DeletionHold
{
    QString entity;
    int deletions = 0;
    qint64 localRecords = 0;
};

/// The same person, most likely, created on this workstation and on another one while neither
/// saw the other's file (offline): proposed for a merge in the sync panel.
struct DuplicateProposal
{
    QString uuid;
    QString localUuid; ///< the file created here
    QString remoteUuid; ///< the file received
    int reason = 0; ///< an Identity::DuplicateReason
    int score = 0;
    QDateTime createdAt;
};

/// One line of the sync panel.
struct LogLine
{
    QDateTime at;
    QString kind; ///< push, pull, sync
    QString outcome; ///< success, failure
    QString detail; ///< French, no health data
};

/// The sync client's journal in the store (schema v11), readable on any connection: the sync
/// engine writes it on its thread; the GUI's services and commands read it and resolve
/// conflicts on theirs.
class Journal
{
    Q_DECLARE_TR_FUNCTIONS(SyncJournal)

public:
    explicit Journal(Storage::Store& store)
        : m_store(store)
    {
    }
    Result<QString> state(const char* key);
    Result<void> setState(const char* key, const QString& value);
    Result<void> log(const QString& kind, const QString& outcome, const QString& detail);
    Result<std::vector<LogLine>> recentLog(int limit);
    /// Records with local changes not yet on the server.
    Result<qint64> pendingCount();
    Result<std::vector<ConflictRecord>> openConflicts();
    Result<int> conflictCount();
    Result<ConflictRecord> conflict(const QString& uuid);
    /// Marks a conflict resolved (the command that wrote the chosen value does it).
    Result<void> markResolved(const QString& conflictUuid, const QString& accountUuid,
                              const QString& resolution);
    /// Records a proposal (once per pair, whichever order).
    Result<void> proposeDuplicate(const DuplicateProposal& p);
    /// The proposals still open whose two files are both live (a merge made here or elsewhere
    /// closes them by itself).
    Result<std::vector<DuplicateProposal>> openDuplicates();
    Result<DuplicateProposal> duplicate(const QString& uuid);
    /// "Two different people": the proposal is closed and never made again for this pair.
    Result<void> dismissDuplicate(const QString& uuid, const QString& accountUuid);
    std::optional<DeletionHold> deletionHold();
    /// The titulaire allows the held deletions; the next pull applies them.
    Result<void> confirmDeletions();

    /// How a field's value is kept in the journal (a one-element JSON array, so any JSON
    /// value and "absent" both fit).
    static QString valueText(const QJsonValue& v);
    static QJsonValue valueFrom(const QString& text);

private:
    Storage::Store& m_store;
};

} // namespace Officine::Sync
