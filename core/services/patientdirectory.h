#pragma once

#include "commands/commandexecutor.h"
#include "model/patient.h"
#include "services/auditlog.h"
#include "storage/patienthistory.h"
#include "storage/patientrepository.h"

#include <QCoreApplication>
#include <vector>

namespace Officine::Services {

/// Reads of patient files for the screens. Every read goes through here so that the actor's
/// permission is checked (and, with the audit issue, recorded); the UI never queries the store.
class PatientDirectory
{
    Q_DECLARE_TR_FUNCTIONS(PatientDirectory)

public:
    explicit PatientDirectory(Commands::CommandExecutor& executor)
        : m_executor(executor)
    {
    }

    /// Name-prefix search; an empty text lists the first patients by name.
    Result<std::vector<Model::PatientSummary>> search(const QString& text, int limit);
    /// Opens a patient file: checks the permission and writes a `view` audit entry (a refusal
    /// writes a `refused` one). An archived file is refused: see openArchived(). The UUID of a
    /// file absorbed by a merge opens the survivor; an erased file is refused with its date.
    Result<Model::Patient> get(const QString& uuid);
    /// Reads back the file open on screen after its user changed it (their change is audited;
    /// seeing its result is not a new consultation): no `view` entry. Tombstones are refused.
    Result<Model::Patient> reread(const QString& uuid);
    /// Opens an archived file, with the written justification the law asks for (at least a few
    /// words), recorded in the `archive_access` audit entry.
    Result<Model::Patient> openArchived(const QString& uuid, const QString& justification);
    static constexpr int minimumJustificationLength = 15;
    /// What the open file shows beside the record: its rectification history, the rights the
    /// patient exercised, the photo. Part of the consultation get() traced: no entry of its own.
    struct FileExtras
    {
        std::vector<Storage::HistoryEntry> history;
        std::vector<Storage::RightsEvent> rights;
        QByteArray photo;
    };
    Result<FileExtras> extras(const Model::Patient& opened);
    /// Files that may be the same person as a draft, shown before creating it. Reads summaries
    /// only (no file is opened), like the search.
    Result<std::vector<Storage::DuplicateCandidate>> duplicateCandidates(const Model::Patient& draft);
    /// The patient's data as a FHIR R4 Bundle (portability). Pharmacists (PatientRights); the
    /// export itself is recorded by RecordPatientExportCommand once the file is written.
    Result<QByteArray> portabilityBundle(const QString& uuid);
    /// The copy of the file for the right of access, as HTML (printed to PDF by the screen),
    /// with the access history the caller read from the audit trail.
    Result<QString> accessReport(const QString& uuid, const std::vector<Services::AuditRow>& accesses);
    Result<qint64> count();
    /// Changes waiting for the sync service (shown in the status bar).
    Result<qint64> pendingChanges();

private:
    Result<Model::Patient> loadForRights(const QString& uuid);
    Result<void> checkRead(const QString& uuid, Audit::Action action);
    Commands::CommandExecutor& m_executor;
};

} // namespace Officine::Services
