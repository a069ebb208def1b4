#pragma once

#include "importing/patientimport.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Officine::Commands {
class CommandExecutor;
}

namespace Officine::Ui {

/// Import of patients from another pharmacy system: the file, its first rows with the column
/// each field comes from (guessed from the header, changeable), a dry run that lists every line
/// refused and why, then the import with a progress bar that can be cancelled between batches.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(Commands::CommandExecutor& executor, QWidget* parent = nullptr);

    /// Loads a file (the "Choisir le fichier…" button, or a test). False with the reason shown.
    bool loadFile(const QString& path);
    /// Runs the dry run with the mapping on screen.
    bool check();
    /// Imports what the dry run accepted. `batchSize` rows per transaction.
    bool import(int batchSize = Import::PatientImporter::kDefaultBatchSize);

    QTableWidget* preview() const { return m_preview; }
    QTableWidget* rejectedTable() const { return m_rejected; }
    QLabel* summary() const { return m_summary; }
    QComboBox* mappingFor(int column) const;
    const std::optional<Import::PatientImporter::Summary>& result() const { return m_result; }

private:
    Import::ColumnMapping mapping() const;
    void showPreview();

    Commands::CommandExecutor& m_executor;
    std::optional<Import::CsvTable> m_table;
    std::optional<Import::ImportPlan> m_plan;
    std::optional<Import::PatientImporter::Summary> m_result;
    QLabel* m_file;
    QTableWidget* m_preview;
    QTableWidget* m_rejected;
    QLabel* m_summary;
    QPushButton* m_check;
    QPushButton* m_import;
};

} // namespace Officine::Ui
