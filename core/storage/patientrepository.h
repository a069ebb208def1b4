#pragma once

#include "model/patient.h"
#include "storage/recordstamp.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <vector>

namespace Officine::Storage {

/// Patients in the store. Writes must run inside a transaction (the command executor opens it);
/// each one bumps the revision, stamps the workstation, keeps the search projection in step and
/// appends its outbox row.
class PatientRepository
{
    Q_DECLARE_TR_FUNCTIONS(PatientRepository)

public:
    static constexpr auto entity = "patient";

    explicit PatientRepository(Store& store)
        : m_store(store)
    {
    }

    /// Gives the patient a UUID (if it has none) and revision 1.
    Result<void> insert(Model::Patient& patient, const WriteContext& ctx);
    /// Optimistic concurrency: fails with Conflict unless the stored revision is
    /// patient.meta.revision; on success the revision is incremented.
    Result<void> update(Model::Patient& patient, const WriteContext& ctx);
    /// Tombstones the record; it disappears from searches but is kept until its retention ends.

    /// Any patient, archived included (Patient::archivedAt tells): callers decide what to show.
    Result<Model::Patient> get(const QString& uuid);

    // Retention (core/retention). Archived files leave the search projection.
    /// Live, active files whose last change is before `cutoff`.
    Result<QStringList> dueForArchive(const QDateTime& cutoff);
    /// Files (archived or tombstoned) whose last change is before `cutoff`.
    Result<QStringList> dueForPurge(const QDateTime& cutoff);
    Result<void> archive(const QString& uuid, const QDateTime& now);
    /// Back to the active base (a pharmacist needs the file again): it counts as a change.
    Result<void> unarchive(const QString& uuid, const WriteContext& ctx);
    /// Deletes the file for good with its search rows and pending outbox rows (which carry its
    /// data), and queues a tombstone for the server.
    Result<void> purge(const QString& uuid, const WriteContext& ctx);
    /// Name-prefix search on birth or used family name (accent- and case-insensitive); words
    /// after the first narrow by given name. Sorted by name; tombstoned records excluded.
    Result<std::vector<Model::PatientSummary>> search(const QString& text, int limit);
    /// Patients in name order (under their used name when they have one).
    Result<std::vector<Model::PatientSummary>> list(int offset, int limit);
    Result<qint64> count();

    /// Every live patient, for schema migrations that rebuild derived tables.
    Result<std::vector<Model::Patient>> allForMigration();
    /// Replaces the patient's rows in the search projection (none for a tombstone).
    static Result<void> writeSearchEntries(Store& store, const Model::Patient& patient);

private:
    Result<void> write(const Model::Patient& p, bool insert);
    Result<std::vector<Model::PatientSummary>> searchRange(const QString& family, const QString& given,
                                                           int limit);
    Store& m_store;
};

} // namespace Officine::Storage
