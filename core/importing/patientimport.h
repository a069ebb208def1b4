#pragma once

#include "commands/command.h"
#include "commands/commandexecutor.h"
#include "importing/csvtable.h"
#include "model/patient.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>
#include <vector>

namespace Officine::Import {

/// Which column of the file holds which field (stable field names, Model::Patient::fieldValue).
struct ColumnMapping
{
    QHash<QString, int> columns;
    /// A mapping read from the header's names, as French pharmacy software writes them
    /// ("Nom", "Nom de naissance", "Prénom(s)", "Date naissance", "N° SS", "CP", "Ville"…).
    static ColumnMapping guess(const QStringList& header);
    /// The fields the import can fill, in the order the preview offers them.
    static QStringList importableFields();
};

/// What a dry run found, line by line: nothing is written.
struct ImportPlan
{
    struct Draft
    {
        int line = 0;
        Model::Patient patient;
        /// Existing files this one may duplicate: it is imported flagged "doublon potentiel"
        /// and proposed for merge.
        QStringList candidates;
    };
    struct Rejected
    {
        int line = 0;
        QString reason; ///< French, names the field, never quotes a value
    };
    std::vector<Draft> drafts;
    std::vector<Rejected> rejected;
    int proposals() const;
};

/// Imports patients from another pharmacy system's CSV export (pharmacists: PatientImport):
/// a dry run that lists every rejected line with its reason and the likely duplicates, then the
/// import in batches, one transaction each (a cancel or a crash keeps the batches done and
/// nothing half-written), with progress.
class PatientImporter
{
    Q_DECLARE_TR_FUNCTIONS(PatientImporter)

public:
    explicit PatientImporter(Commands::CommandExecutor& executor)
        : m_executor(executor)
    {
    }
    /// Rows per transaction as the import dialog runs it: a cancel stops within a third of a
    /// second, a crash loses at most this batch, and the per-commit costs (journal sync,
    /// checkpoint) are spread; larger batches gain nothing (OFFICINE_BENCH_BATCH in
    /// bench_patients: 10,000 and 25,000 measured the same).
    static constexpr int kDefaultBatchSize = 5000;
    /// From how many lines the dry run checks duplicates in memory (Storage::DuplicateIndex).
    static constexpr qsizetype kIndexedDryRunFrom = 200;
    /// The dry run. A refusal (no permission) is audited.
    Result<ImportPlan> prepare(const CsvTable& table, const ColumnMapping& mapping);

    struct Summary
    {
        int imported = 0;
        int batches = 0;
        bool cancelled = false;
        /// Imported file → the existing files it may duplicate (merge proposals).
        std::vector<std::pair<QString, QStringList>> proposals;
    };
    /// `progress(done, total)` is called after each committed batch; returning false cancels
    /// before the next one. Whatever stops it, the files of the batches committed are then
    /// made searchable (their search rows, deferred by the batches, written at once).
    Result<Summary> run(const ImportPlan& plan, int batchSize, const std::function<bool(int, int)>& progress);

private:
    Commands::CommandExecutor& m_executor;
};

/// One batch of the import, in one transaction: each file created with its history entry
/// (source: import) and its own `create` audit entry, the batch recorded by the executor. The
/// files' search rows are deferred to the end of the import (PatientImporter::run, or the next
/// Store::open after a crash).
class ImportPatientsBatchCommand final : public Commands::Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportPatientsBatchCommand)

public:
    explicit ImportPatientsBatchCommand(std::vector<ImportPlan::Draft> drafts)
        : m_drafts(std::move(drafts))
    {
    }
    QString id() const override { return QStringLiteral("patient.import"); }
    Commands::Permission requiredPermission() const override { return Commands::Permission::PatientImport; }
    Audit::Action auditAction() const override { return Audit::Action::Create; }
    Result<void> apply(Commands::CommandContext& context) override;
    Commands::CommandTarget target() const override
    {
        return {QStringLiteral("patient_import"), m_batchUuid, {}};
    }
    QString auditDetail() const override
    {
        return QStringLiteral("rows=%1;lines=%2-%3")
            .arg(m_drafts.size())
            .arg(m_drafts.empty() ? 0 : m_drafts.front().line)
            .arg(m_drafts.empty() ? 0 : m_drafts.back().line);
    }
    const std::vector<ImportPlan::Draft>& drafts() const { return m_drafts; }

private:
    std::vector<ImportPlan::Draft> m_drafts;
    QString m_batchUuid;
};

} // namespace Officine::Import
